using System.Text.Json;
using Xunit;

namespace RelationsGraph.Loader.Tests.Corpus;

/// <summary>
/// The regression corpus (Corpus/Regression): for each failure class fixed on real articles, a short article we wrote
/// (a paraphrase of the pattern, never the article) with labels in the development corpus's format. Each document is
/// scored on its own by the <c>score</c> command and must stay perfect, so that one document getting worse fails
/// even when an average over the corpus would hold.
/// </summary>
public sealed class RegressionCorpusTests
{
    private static readonly string[] Ratios = ["pairPrecision", "pairRecall", "kind", "signedOn", "period", "pledgeDirection"];

    public static TheoryData<string> Documents() =>
        [.. Directory.EnumerateFiles(Path.Combine(TestPaths.RegressionCorpus, "labels"), "*.json")
            .Select(file => Path.GetFileNameWithoutExtension(file))
            .Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task Each_regression_article_is_extracted_exactly_as_labelled(string document)
    {
        var run = await LoaderRun.StartAsync("score", TestPaths.RegressionCorpus, "--document", document, "--format", "json");

        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.OutputBytes);
        Assert.Empty(json.RootElement.GetProperty("skipped").EnumerateArray());
        var scored = Assert.Single(json.RootElement.GetProperty("documents").EnumerateArray());
        var report = scored.ToString();
        foreach (var ratio in Ratios)
        {
            var metric = scored.GetProperty(ratio);
            var denominator = metric.GetProperty("denominator").GetInt32();
            Assert.True(metric.GetProperty("numerator").GetInt32() == denominator, $"{ratio} fell below 1 on {document}: {report}");
        }

        var records = scored.GetProperty("recordsPerEvent");
        Assert.True(records.GetProperty("numerator").GetInt32() <= records.GetProperty("denominator").GetInt32(), $"more records than labelled events on {document}: {report}");
        Assert.True(scored.GetProperty("falseRecords").GetInt32() == 0, $"records that match no labelled event on {document}: {report}");
        Assert.Empty(scored.GetProperty("missingPairs").EnumerateArray());
        Assert.Empty(scored.GetProperty("extraPairs").EnumerateArray());
    }

    [Fact]
    public void The_regression_corpus_has_an_article_for_every_fixed_class()
    {
        var documents = Documents().Select(row => (string)row.Data).ToList();

        Assert.Contains(documents, id => id.Contains("without-do", StringComparison.Ordinal));
        Assert.Contains(documents, id => id.Contains("dateline", StringComparison.Ordinal));
        Assert.Contains(documents, id => id.Contains("proposed", StringComparison.Ordinal) || id.Contains("de-xuat", StringComparison.Ordinal));
        Assert.Contains(documents, id => id.Contains("session-members", StringComparison.Ordinal) || id.Contains("thanh-vien-hoi-nghi", StringComparison.Ordinal));
        Assert.Contains(documents, id => id.Contains("view-counter", StringComparison.Ordinal));
        Assert.Contains(documents, id => id.Contains("healthcare-pledge", StringComparison.Ordinal));
        Assert.Contains(documents, id => id.Contains("hcm-city", StringComparison.Ordinal));
        Assert.Contains(documents, id => id.Contains("un-session", StringComparison.Ordinal));
        Assert.Contains(documents, id => id.Contains("earlier-partners", StringComparison.Ordinal) || id.Contains("doi-tac-truoc-do", StringComparison.Ordinal));
        Assert.Contains(documents, id => id.Contains("weekday", StringComparison.Ordinal));
        Assert.Contains(documents, id => id.Contains("under-earlier-agreement", StringComparison.Ordinal));
        Assert.Contains(documents, id => id.Contains("thuc-hien-bien-ban-da-ky", StringComparison.Ordinal));
        Assert.Contains(documents, id => id.Contains("by-leader-name", StringComparison.Ordinal));
        Assert.Contains(documents, id => id.Contains("they-signed", StringComparison.Ordinal));
        Assert.Contains(documents, id => id.Contains("ke-hoach-hop-tac", StringComparison.Ordinal));
        Assert.Contains(documents, id => id.Contains("hiep-uoc-trong-ngoac", StringComparison.Ordinal));
        Assert.Contains(documents, id => id.Contains("cooperation-document", StringComparison.Ordinal));
        Assert.Contains(documents, id => id.Contains("possessive-country", StringComparison.Ordinal));
        Assert.Contains(documents, id => id.Contains("counted-states", StringComparison.Ordinal));
        Assert.Contains(documents, id => id.Contains("implementing-earlier", StringComparison.Ordinal));
        Assert.Contains(documents, id => id.Contains("accelerate-signing", StringComparison.Ordinal));
        Assert.Contains(documents, id => id.Contains("common-declaration", StringComparison.Ordinal));
        Assert.Contains(documents, id => id.Contains("truoc-sap-nhap", StringComparison.Ordinal));
        Assert.Contains(documents, id => id.Contains("after-the-merger", StringComparison.Ordinal));
        Assert.Contains(documents, id => id.Contains("trip-range", StringComparison.Ordinal));
        Assert.Contains(documents, id => id.Contains("giua-hai-ben", StringComparison.Ordinal) || id.Contains("between-localities", StringComparison.Ordinal));
        Assert.Contains(documents, id => id.Contains("ngay-mo-dau", StringComparison.Ordinal) || id.Contains("opening-date", StringComparison.Ordinal));
        Assert.Contains(documents, id => id.Contains("opened-by-month", StringComparison.Ordinal));
        Assert.Contains(documents, id => id.Contains("visit-to-country", StringComparison.Ordinal) || id.Contains("tham-nuoc-ban", StringComparison.Ordinal));
        Assert.Contains(documents, id => id.Contains("year-agreed-at-talks", StringComparison.Ordinal) || id.Contains("phuong-huong-hop-tac", StringComparison.Ordinal));
        Assert.Contains(documents, id => id.Contains("credit-glued", StringComparison.Ordinal));
        Assert.Contains(documents, id => id.Contains("anh-dau-dong", StringComparison.Ordinal));
        Assert.Contains(documents, id => id.Contains("le-ky-niem", StringComparison.Ordinal));
    }
}
