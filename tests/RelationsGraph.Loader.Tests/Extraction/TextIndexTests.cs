using RelationsGraph.Extraction.Relations;
using RelationsGraph.Extraction.Rules;
using RelationsGraph.Extraction.Text;
using RelationsGraph.Testing;
using Xunit;

namespace RelationsGraph.Loader.Tests.Extraction;

public sealed class TextIndexTests
{
    // Sentences that start phrases of several vocabularies at once (cues, instruments, organisations, fields, titles,
    // references), with and without diacritics (the folded keys), and in English.
    [Theory]
    [InlineData("Ngày 16/8, UBND tỉnh Sơn La và chính quyền tỉnh Xay Sổm Bun đã ký biên bản ghi nhớ hợp tác trong lĩnh vực giáo dục, y tế. Phó Chủ tịch UBND tỉnh cho biết Kế hoạch này sẽ được triển khai.")]
    [InlineData("Ngay 16/8, UBND tinh Son La va chinh quyen tinh Xay Som Bun da ky bien ban ghi nho hop tac trong linh vuc giao duc, y te. Pho Chu tich UBND tinh cho biet ke hoach nay se duoc trien khai.")]
    [InlineData("The People's Committee of Son La province and Xaysomboun province signed a memorandum of understanding on cooperation in education and health; the Governor said the plan would be carried out.")]
    public void Indexing_a_text_finds_every_phrase_a_full_scan_of_each_vocabulary_finds(string sentence)
    {
        var rules = ExtractionRules.Default;
        var text = new TokenizedText(sentence);

        var index = new TextIndex(text, rules);

        Assert.NotEmpty(index.Cues.All);
        Assert.NotEmpty(index.Instruments.All);
        Assert.Equal(rules.Cues.FindAll(text, 0, text.Count), index.Cues.All);
        Assert.Equal(rules.Instruments.FindAll(text, 0, text.Count), index.Instruments.All);
        Assert.Equal(rules.Organisations.FindAll(text, 0, text.Count), index.Organisations.All);
        Assert.Equal(rules.Fields.FindAll(text, 0, text.Count), index.Fields.All);
        Assert.Equal(rules.DocumentReferences.FindAll(text, 0, text.Count), index.DocumentReferences.All);
        Assert.Equal(rules.Anaphora.FindAll(text, 0, text.Count), index.Anaphora.All);
        Assert.Equal(rules.Titles.FindAll(text, 0, text.Count), index.Titles.All);
        Assert.Equal(rules.FieldIntroductions.FindAll(text, 0, text.Count), index.FieldIntroductions.All);
    }

    // The tokenizer's word cache keeps what the first words of one set of rules found for a word; another set of rules
    // (a rule file changed, the review app's reload) must find its own phrases for the same word on the same thread.
    [Fact]
    public void A_word_indexed_under_other_rules_before_is_indexed_by_the_rules_asking_now()
    {
        using var copy = new TemporaryDirectory();
        foreach (var file in Directory.EnumerateFiles(TestPaths.Rules, "*.tsv", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy.Path, Path.GetRelativePath(TestPaths.Rules, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        File.AppendAllText(Path.Combine(copy.Path, "en", "fields.tsv"), "zebra crossings\tagriculture\n");
        var extended = ExtractionRules.LoadDirectory(copy.Path);
        const string Sentence = "The two provinces agreed to build zebra crossings near schools.";

        var before = new TextIndex(new TokenizedText(Sentence), ExtractionRules.Default);
        var with = new TextIndex(new TokenizedText(Sentence), extended);
        var after = new TextIndex(new TokenizedText(Sentence), ExtractionRules.Default);

        Assert.DoesNotContain(before.Fields.All, match => match.Value == "agriculture");
        Assert.Contains(with.Fields.All, match => match.Value == "agriculture");
        Assert.Equal(before.Fields.All, after.Fields.All);
        Assert.Equal(extended.Fields.FindAll(with.Text, 0, with.Text.Count), with.Fields.All);
    }
}
