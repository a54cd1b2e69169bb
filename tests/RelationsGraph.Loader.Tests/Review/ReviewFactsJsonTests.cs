using RelationsGraph.Extraction.Places;
using RelationsGraph.Loader.Review;
using RelationsGraph.Seed;
using RelationsGraph.Testing;
using Xunit;

namespace RelationsGraph.Loader.Tests.Review;

/// <summary>
/// Reviewing a facts JSON file (extract --json): its relations are proposed as they would merge into the graph, and
/// only the decided ones reach graph-seed, with the quotes of their spans taken from the documents.
/// </summary>
public sealed class ReviewFactsJsonTests
{
    private static readonly DateTimeOffset Now = new(2025, 6, 2, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Facts_of_a_json_file_await_review_and_only_decided_ones_are_written()
    {
        using var seed = new ReviewTestSeed();
        EmptyFacts(seed);
        using var folder = new TemporaryDirectory();
        var factsFile = folder.File("facts.json");
        var extract = await LoaderRun.StartAsync("extract", TestPaths.Seed("001"), TestPaths.Seed("004"), "--output", factsFile);
        Assert.Equal(0, extract.ExitCode);
        var store = new GraphSeedReviewStore(seed.Path);
        var (graph, _) = await store.ReadAsync(TestContext.Current.CancellationToken);
        var facts = await FactsJsonReader.ReadAsync(factsFile, TestContext.Current.CancellationToken);
        using var session = new ReviewSession(store, PlaceNames.Create(graph), facts, new DocumentTexts([ReviewTestSeed.Documents], new RelationsGraph.Extraction.Documents.DocumentReaderOptions()), "Lan Nguyen", new FixedClock(Now));

        var pending = (await session.StateAsync(TestContext.Current.CancellationToken)).Pending;
        Assert.Contains(ReviewTestSeed.Minutes, pending);
        Assert.Contains(ReviewTestSeed.Award, pending);
        Assert.Empty((await GraphSeedReader.ReadAsync(seed.Path, TestContext.Current.CancellationToken)).Instruments);

        await session.DecideAsync(ReviewTestSeed.Minutes, new ReviewDecision(DecisionKind.Accept), TestContext.Current.CancellationToken);
        await session.DecideAsync(ReviewTestSeed.Award, new ReviewDecision(DecisionKind.Reject), TestContext.Current.CancellationToken);

        var written = await GraphSeedReader.ReadAsync(seed.Path, TestContext.Current.CancellationToken);
        var minutes = Assert.Single(written.Instruments);
        Assert.Equal((ReviewTestSeed.Minutes, true, "Lan Nguyen"), (minutes.Id, minutes.Reviewed, minutes.ReviewedBy));
        Assert.Equal(4, written.Commitments.Count(commitment => commitment.InstrumentId == ReviewTestSeed.Minutes && commitment.Reviewed));
        Assert.All(written.Evidence, evidence => Assert.False(string.IsNullOrEmpty(evidence.Quote), $"{evidence.SubjectId} {evidence.Start}-{evidence.End} has no quote"));
        Assert.Equal(["8a9b7840251fabe5"], written.Documents.Select(document => document.Id));
        Assert.Equal(ReviewTestSeed.Award, Assert.Single(written.Rejections).FactId);
        Assert.Empty(SeedValidator.Validate(written));
        var after = (await session.StateAsync(TestContext.Current.CancellationToken)).Pending;
        Assert.DoesNotContain(ReviewTestSeed.Minutes, after);
        Assert.DoesNotContain(ReviewTestSeed.Award, after);
        Assert.Equal(pending.Count - 2, after.Count);
    }

    [Fact]
    public async Task Review_of_a_file_that_is_not_facts_json_fails_with_its_name()
    {
        using var seed = new ReviewTestSeed();
        using var folder = new TemporaryDirectory();
        await File.WriteAllTextAsync(folder.File("facts.json"), "{ \"documents\": [] }", TestContext.Current.CancellationToken);

        var run = await LoaderRun.StartAsync("review", "--into", seed.Path, "--facts", folder.File("facts.json"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("facts.json: not a facts JSON file", run.Error, StringComparison.Ordinal);
    }

    /// <summary>Keeps the gazetteer, drops every fact: the graph a first review of extracted facts starts from.</summary>
    private static void EmptyFacts(ReviewTestSeed seed)
    {
        foreach (var table in SeedTables.All.Where(table => !new[] { "countries.csv", "country-names.csv", "units.csv", "unit-names.csv", "successions.csv", "fields.csv" }.Contains(table.FileName)))
        {
            File.WriteAllText(seed.File(table.FileName), string.Join(',', table.Columns) + "\n");
        }
    }
}
