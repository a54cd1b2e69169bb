using System.Collections.Frozen;
using System.Text;
using RelationsGraph.Facts;
using RelationsGraph.Loader.Score;
using RelationsGraph.Testing;
using Xunit;

namespace RelationsGraph.Loader.Tests.Score;

/// <summary>The score JSON is a public contract (docs/extraction-quality.md, "JSON"): its shape is pinned on hand-made scores.</summary>
public sealed class ScoreReportWriterTests
{
    [Fact]
    public async Task Score_json_matches_its_verified_snapshot()
    {
        var mou = new ScoredEvent
        {
            Kind = EventKind.Mou,
            Pairs = new[] { new UnitPair("VN-58", "LA-CH") }.ToFrozenSet(),
            Date = new DateOnly(2022, 8, 22),
            Period = new YearPeriod(2022, 2026),
            Pledges = [new ScoredPledge(CommitmentKind.Scholarships, "LA-CH", "VN-58")],
        };
        var minutes = new ScoredEvent { Kind = EventKind.Minutes, Pairs = new[] { new UnitPair("VN-05", "LA-XI") }.ToFrozenSet() };
        var elsewhere = mou with { Pairs = new[] { new UnitPair("VN-58", "KH-10") }.ToFrozenSet() };
        var report = new ScoreReport(
            [
                new ScoredDocument("en-001-binh-phuoc-champasak", "en", DocumentScorer.Score([mou, minutes], [mou with { Kind = EventKind.Agreement, Date = null }, minutes with { Kind = EventKind.Visit }, elsewhere])),
                new ScoredDocument("vi-002-nothing", "vi", DocumentScorer.Score([], [])),
            ],
            [new SkippedDocument("vi-003-missing", "no text: texts/vi-003-missing.txt is missing")]);
        using var stream = new MemoryStream();

        await ScoreReportWriter.WriteJsonAsync(report, stream, TestContext.Current.CancellationToken);

        SnapshotAssert.Matches(TestPaths.Snapshots, "score.json", Encoding.UTF8.GetString(stream.ToArray()));
    }
}
