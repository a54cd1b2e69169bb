using System.Text.Json;
using RelationsGraph.Loader.Score;
using RelationsGraph.Testing;
using Xunit;

namespace RelationsGraph.Loader.Tests.Score;

/// <summary>
/// The score command end to end on a fixture corpus of articles written for these tests (Score/Corpus): two with
/// their texts, one whose text differs from its label and one without a text.
/// </summary>
public sealed class ScoreCommandTests
{
    private static string Fixture => Path.Combine(TestPaths.Project, "Score", "Corpus");

    [Fact]
    public async Task Scores_each_document_whose_text_matches_its_label_and_lists_the_others_as_skipped()
    {
        var run = await LoaderRun.StartAsync("score", Fixture, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.OutputBytes);
        var documents = json.RootElement.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(["en-002-lao-cai-yunnan-session", "vi-001-quang-tri-savannakhet-mou"], documents.Select(document => document.GetProperty("id").GetString()));
        var skipped = json.RootElement.GetProperty("skipped").EnumerateArray()
            .Select(item => $"{item.GetProperty("id").GetString()}: {item.GetProperty("reason").GetString()}")
            .ToList();
        Assert.Equal(2, skipped.Count);
        Assert.Equal("en-004-no-text: no text: texts/en-004-no-text.txt is missing", skipped[0]);
        Assert.StartsWith("vi-003-tay-ninh-svay-rieng-talks: texts/vi-003-tay-ninh-svay-rieng-talks.txt differs from the label's contentHash", skipped[1], StringComparison.Ordinal);
        Assert.Contains("2 document(s) scored, 2 skipped.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_extractor_gets_the_label_citation_as_the_document_metadata()
    {
        // The MOU's text says only "Ngày 14/3": the year, and so the date, comes from the label's publishedOn.
        var run = await LoaderRun.StartAsync("score", Fixture, "--format", "json", "--document", "vi-001-quang-tri-savannakhet-mou");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.OutputBytes);
        var document = Assert.Single(json.RootElement.GetProperty("documents").EnumerateArray());
        Assert.Equal(
            ["pairPrecision 1/1", "pairRecall 1/1", "kind 1/1", "signedOn 1/1", "period 1/1", "pledgeDirection 1/1", "recordsPerEvent 1/1"],
            ScoreMetric.All.Where(metric => metric != ScoreMetric.FalseRecords).Select(metric =>
                $"{metric.Key} {document.GetProperty(metric.Key).GetProperty("numerator").GetInt32()}/{document.GetProperty(metric.Key).GetProperty("denominator").GetInt32()}"));
        Assert.Empty(json.RootElement.GetProperty("skipped").EnumerateArray());
    }

    [Fact]
    public async Task The_table_gives_a_row_per_document_then_the_summary_then_the_skipped_documents()
    {
        var run = await LoaderRun.StartAsync("score", Fixture);

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n');
        Assert.StartsWith("document                          lang  pair P  pair R  kind  signed  period  pledge  records  false", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("en-002-lao-cai-yunnan-session     en    1/1     1/1     1/1   1/1     0/0     0/0     1/1      0", lines[1], StringComparison.Ordinal);
        Assert.Contains("metric   target    documents  mean   worst  missing target", run.Output, StringComparison.Ordinal);
        Assert.Contains("- en-004-no-text: no text: texts/en-004-no-text.txt is missing", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markdown_gives_the_same_figures_as_tables_for_the_docs()
    {
        var run = await LoaderRun.StartAsync("score", Fixture, "--format", "markdown");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("| document                         | lang | pair P | pair R |", run.Output, StringComparison.Ordinal);
        Assert.Contains("| pair R  | >= 0.950 | 2         | 1.000 | 1.000 | 0              |", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_any_text_nothing_is_scored_and_the_command_says_so()
    {
        using var corpus = CopyOfFixture(withTexts: false);

        var run = await LoaderRun.StartAsync("score", corpus.Path, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.OutputBytes);
        Assert.Empty(json.RootElement.GetProperty("documents").EnumerateArray());
        Assert.Equal(4, json.RootElement.GetProperty("skipped").GetArrayLength());
        Assert.Contains("No text of the 4 labelled document(s) is present and unchanged", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_label_file_is_an_error_naming_the_file_and_the_field_and_nothing_is_scored()
    {
        using var corpus = CopyOfFixture(withTexts: true);
        var file = Path.Combine(corpus.Path, "labels", "vi-001-quang-tri-savannakhet-mou.json");
        var label = await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(
            file,
            label.Replace("\"kind\": \"mou\"", "\"kind\": \"memo\"", StringComparison.Ordinal).Replace("\"2024-03-14\"", "\"14/3/2024\"", StringComparison.Ordinal),
            TestContext.Current.CancellationToken);

        var run = await LoaderRun.StartAsync("score", corpus.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.Contains($"error: {file}: events[0].kind: unknown value 'memo' (expected one of agreement, award, coordination_rules, joint_statement, minutes, mou, other, plan, session, visit)", run.ErrorLines);
        Assert.Contains($"error: {file}: events[0].signedOn: '14/3/2024' is not a date YYYY-MM-DD", run.ErrorLines);
        Assert.Equal("2 problem(s) in the labels; nothing was scored.", run.ErrorLines[^1]);
    }

    [Theory]
    [InlineData("{ \"id\": ", "line 2: not valid JSON")]
    [InlineData("[]", "the file: expected an object, found a list")]
    public async Task A_label_file_that_is_not_a_label_object_is_an_error_naming_the_file(string content, string error)
    {
        using var corpus = CopyOfFixture(withTexts: false);
        var file = Path.Combine(corpus.Path, "labels", "en-005-broken.json");
        await File.WriteAllTextAsync(file, content + "\n", TestContext.Current.CancellationToken);

        var run = await LoaderRun.StartAsync("score", corpus.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"error: {file}: {error}", run.ErrorLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_document_or_corpus_folder_is_an_error()
    {
        var unknownDocument = await LoaderRun.StartAsync("score", Fixture, "--document", "vi-999-missing");
        var unknownFolder = await LoaderRun.StartAsync("score", Path.Combine(Fixture, "no-such-corpus"));

        Assert.Equal((1, 1), (unknownDocument.ExitCode, unknownFolder.ExitCode));
        Assert.Contains("vi-999-missing.json: no such label file", unknownDocument.Error, StringComparison.Ordinal);
        Assert.Contains("no-such-corpus/labels: no such folder", unknownFolder.Error.Replace('\\', '/'), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_text_that_matches_its_label_but_cannot_be_read_is_an_error_and_the_others_are_still_scored()
    {
        using var corpus = CopyOfFixture(withTexts: true);
        await File.WriteAllTextAsync(
            Path.Combine(corpus.Path, "labels", "en-005-empty.json"),
            """
            {
              "id": "en-005-empty", "url": "https://example.com/empty", "publisher": "Fixture", "title": "Empty", "language": "en",
              "contentHash": "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", "events": []
            }
            """,
            TestContext.Current.CancellationToken);
        await File.WriteAllBytesAsync(Path.Combine(corpus.Path, "texts", "en-005-empty.txt"), [], TestContext.Current.CancellationToken);

        var run = await LoaderRun.StartAsync("score", corpus.Path, "--format", "json");

        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.OutputBytes);
        Assert.Equal(2, json.RootElement.GetProperty("documents").GetArrayLength());
        var skipped = json.RootElement.GetProperty("skipped").EnumerateArray().Single(item => item.GetProperty("id").GetString() == "en-005-empty");
        Assert.Equal("the text cannot be read: the file is empty", skipped.GetProperty("reason").GetString());
        Assert.Contains("en-005-empty.txt: the text cannot be read: the file is empty", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_gazetteer_that_cannot_be_read_is_an_error_and_nothing_is_scored()
    {
        using var empty = new TemporaryDirectory();

        var run = await LoaderRun.StartAsync("score", Fixture, "--gazetteer", empty.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.Equal($"error: cannot read the gazetteer from {empty.Path}:", run.ErrorLines[0]);
        Assert.Contains(run.ErrorLines, line => line.EndsWith("units.csv: the file is missing (expected columns: id,country,type,name,name_local,name_vi,parent,valid_from,valid_to,source)", StringComparison.Ordinal));
    }

    private static TemporaryDirectory CopyOfFixture(bool withTexts)
    {
        var copy = new TemporaryDirectory();
        foreach (var folder in withTexts ? new[] { "labels", "texts" } : ["labels"])
        {
            Directory.CreateDirectory(Path.Combine(copy.Path, folder));
            foreach (var file in Directory.EnumerateFiles(Path.Combine(Fixture, folder)))
            {
                File.Copy(file, Path.Combine(copy.Path, folder, Path.GetFileName(file)));
            }
        }

        return copy;
    }
}
