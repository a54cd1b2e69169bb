using RelationsGraph.Extraction;
using RelationsGraph.Extraction.Documents;
using RelationsGraph.Extraction.Relations;
using RelationsGraph.Extraction.Rules;
using RelationsGraph.Extraction.Text;
using RelationsGraph.Facts;
using RelationsGraph.Testing;
using Xunit;

namespace RelationsGraph.Loader.Tests.Extraction;

/// <summary>
/// The extractor's language data (src/RelationsGraph.Extraction/Rules, docs/extraction-rules.md): the files load and
/// are checked once, a wrong file is an error naming the file and the line, and a spelling, a kind's word or a whole
/// language is added by adding rows and files.
/// </summary>
public sealed class RuleFileTests
{
    [Fact]
    public void The_built_in_rules_load_and_describe_every_kind_of_the_model()
    {
        var rules = ExtractionRules.Default;

        Assert.Equal(Enum.GetValues<InstrumentKind>().Order(), rules.Kinds.Keys.Order());
        var words = new TokenizedText("biên bản ghi nhớ");
        Assert.True(rules.Instruments.TryMatch(words, 0, words.Count, out var mou));
        Assert.Equal(InstrumentKind.Mou, mou.Value.Kind);
        Assert.Equal((8, true), rules.Dates.Months["aug"]);
    }

    [Fact]
    public void The_source_files_are_the_embedded_ones()
    {
        var fromSource = ExtractionRules.LoadDirectory(TestPaths.Rules);

        Assert.Equal(ExtractionRules.Default.Kinds.Count, fromSource.Kinds.Count);
        var words = new TokenizedText("ký kết");
        Assert.True(fromSource.Cues.TryMatch(words, 0, words.Count, out var cue));
        Assert.True(cue.Value.HasAny(Cue.Sign));
    }

    [Theory]
    [InlineData("vi/cues.tsv", "ký\tsgin", "Rules/vi/cues.tsv:", "unknown cue 'sgin'")]
    [InlineData("en/instruments.tsv", "treaty\tagreement", "Rules/en/instruments.tsv:", "expected 3 tab-separated values")]
    [InlineData("en/instruments.tsv", "treaty\ttreaty\t-", "Rules/en/instruments.tsv:", "kind: unknown value 'treaty'")]
    [InlineData("en/instruments.tsv", "memorandum\tagreement\t-", "Rules/en/instruments.tsv:", "is already a instrument with another meaning at Rules/en/instruments.tsv:")]
    [InlineData("vi/money.tsv", "rúp\tcurrency\tRUBLE", "Rules/vi/money.tsv:", "'RUBLE' is not an ISO 4217 code")]
    [InlineData("en/dates.tsv", "Octember\tmonth\t13", "Rules/en/dates.tsv:", "a month is a number from 1 to 12")]
    [InlineData("en/dates.tsv", "Funday\tweekday\t8", "Rules/en/dates.tsv:", "a weekday is a number from 1 (Monday) to 7 (Sunday)")]
    [InlineData("en/cues.tsv", "after all\tearlier_partners", "Rules/en/cues.tsv:", "unknown cue 'earlier_partners'")]
    [InlineData("vi/organisations.tsv", "Sở Ngoại vụ\tacting\tembassy", "Rules/vi/organisations.tsv:", "level: unknown value 'embassy'")]
    public void A_wrong_row_is_an_error_naming_the_file_and_the_line(string file, string row, string location, string message)
    {
        using var copy = CopyRules();
        var path = Path.Combine(copy.Path, file);
        var lines = File.ReadAllLines(path).Length;
        File.AppendAllText(path, row + "\n");

        var error = Assert.Throws<RuleFileException>(() => ExtractionRules.LoadDirectory(copy.Path));

        Assert.StartsWith($"{location}{lines + 1}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(lines + 1, error.Line);
    }

    [Fact]
    public void A_file_without_its_header_or_a_kind_without_a_descriptor_is_refused()
    {
        using var copy = CopyRules();
        File.WriteAllText(Path.Combine(copy.Path, "vi", "fields.tsv"), "# fields\nnông nghiệp\tagriculture\n");
        Assert.StartsWith("Rules/vi/fields.tsv:2: the header must be 'phrase<TAB>field'", Assert.Throws<RuleFileException>(() => ExtractionRules.LoadDirectory(copy.Path)).Message, StringComparison.Ordinal);

        using var other = CopyRules();
        var kinds = Path.Combine(other.Path, "kinds.tsv");
        File.WriteAllLines(kinds, File.ReadAllLines(kinds).Where(line => !line.StartsWith("award", StringComparison.Ordinal)));
        Assert.Contains("no descriptor for award", Assert.Throws<RuleFileException>(() => ExtractionRules.LoadDirectory(other.Path)).Message, StringComparison.Ordinal);

        using var stray = CopyRules();
        File.WriteAllText(Path.Combine(stray.Path, "vi", "synonyms.tsv"), "phrase\n");
        Assert.StartsWith("Rules/vi/synonyms.tsv:1: not a rule file", Assert.Throws<RuleFileException>(() => ExtractionRules.LoadDirectory(stray.Path)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_spelling_is_a_row()
    {
        const string Text = "Quảng Trị và Savannakhet ký kết hiệp ước hợp tác giai đoạn 2024-2026\n\nNgày 5/3/2024, tỉnh Quảng Trị và tỉnh Savannakhet (Lào) đã ký kết hiệp ước hợp tác giai đoạn 2024-2026.\n";
        using var copy = CopyRules();
        Assert.DoesNotContain(await ExtractAsync(Text, ExtractionRules.LoadDirectory(copy.Path)), relation => relation.Kind == InstrumentKind.Agreement);

        File.AppendAllText(Path.Combine(copy.Path, "vi", "instruments.tsv"), "hiệp ước hợp tác\tagreement\t-\n");
        var relation = Assert.Single(await ExtractAsync(Text, ExtractionRules.LoadDirectory(copy.Path)));

        Assert.Equal((InstrumentKind.Agreement, 2024, new DateOnly(2024, 3, 5)), (relation.Kind, relation.PeriodStart, relation.SignedOn));
    }

    [Fact]
    public async Task A_new_language_is_a_folder_of_files()
    {
        const string Text = "Hà Giang et le Yunnan signent un protocole d'entente\n\nLe 12 mars 2024, la province de Hà Giang et la province du Yunnan ont signé un protocole d'entente pour 2024-2028.\n";
        using var copy = CopyRules();
        Assert.DoesNotContain(await ExtractAsync(Text, ExtractionRules.LoadDirectory(copy.Path)), relation => relation.Kind == InstrumentKind.Mou);

        Directory.CreateDirectory(Path.Combine(copy.Path, "fr"));
        File.WriteAllText(Path.Combine(copy.Path, "fr", "instruments.tsv"), "# French\nphrase\tkind\troles\nprotocole d'entente\tmou\t-\naccord\tagreement\t-\n");
        File.WriteAllText(Path.Combine(copy.Path, "fr", "cues.tsv"), "phrase\tcues\nsigné\tsign\nprovince\tprovince\n");
        File.WriteAllText(Path.Combine(copy.Path, "fr", "dates.tsv"), "phrase\tform\tvalue\nmars\tmonth\t3\n");
        var relation = Assert.Single(await ExtractAsync(Text, ExtractionRules.LoadDirectory(copy.Path)), relation => relation.Kind == InstrumentKind.Mou);

        Assert.Equal(["CN-YN", "VN-03"], relation.PartyIds);
        Assert.Equal((2024, 2028, new DateOnly(2024, 3, 12)), (relation.PeriodStart, relation.PeriodEnd, relation.SignedOn));
    }

    private static TemporaryDirectory CopyRules()
    {
        var copy = new TemporaryDirectory();
        foreach (var file in Directory.EnumerateFiles(TestPaths.Rules, "*.tsv", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy.Path, Path.GetRelativePath(TestPaths.Rules, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return copy;
    }

    private static async Task<IReadOnlyList<ExtractedRelation>> ExtractAsync(string text, ExtractionRules rules)
    {
        var names = await Extracted.NamesAsync();
        var document = DocumentReader.Read(System.Text.Encoding.UTF8.GetBytes(text), "rules.txt", new DocumentReaderOptions()) with { DeclaredPublishedOn = new DateOnly(2024, 3, 13) };
        return new DocumentExtractor(names, TimeProvider.System, rules: rules).Extract(document).Relations;
    }
}
