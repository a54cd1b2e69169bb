using RelationsGraph.Loader.Review;
using RelationsGraph.Seed;
using Xunit;

namespace RelationsGraph.Loader.Tests.Review;

/// <summary>Extracting a document again respects what reviewers decided about its facts.</summary>
public sealed class ReviewMemoryTests
{
    private static readonly DateTimeOffset Now = new(2025, 6, 1, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task Rejected_fact_is_not_proposed_again_when_its_document_is_extracted_again()
    {
        using var seed = new ReviewTestSeed();
        await DecideAsync(seed, ReviewTestSeed.Award, new ReviewDecision(DecisionKind.Reject, Note: "an award is not a partnership"));

        var run = await LoaderRun.StartAsync("extract", TestPaths.Seed("004"), "--into", seed.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("1 rejected relation(s) not proposed again", run.Error, StringComparison.Ordinal);
        var graph = await GraphSeedReader.ReadAsync(seed.Path, TestContext.Current.CancellationToken);
        Assert.DoesNotContain(graph.Instruments, instrument => instrument.Id.StartsWith("can-tho-champasak", StringComparison.Ordinal));
        Assert.Contains(graph.Instruments, instrument => instrument.Id == "quang-ngai-champasak-fatherland-front-other");
        Assert.Single(graph.Rejections);
    }

    [Fact]
    public async Task Fact_a_reviewer_merged_joins_the_chosen_fact_when_extracted_again()
    {
        using var seed = new ReviewTestSeed();
        const string Merged = "quang-ngai-champasak-fatherland-front-other";
        await DecideAsync(seed, Merged, new ReviewDecision(DecisionKind.Merge, MergeInto: ReviewTestSeed.Award));
        var evidenceBefore = (await GraphSeedReader.ReadAsync(seed.Path, TestContext.Current.CancellationToken)).Evidence.Count(evidence => evidence.SubjectId == ReviewTestSeed.Award);

        var run = await LoaderRun.StartAsync("extract", TestPaths.Seed("004"), "--into", seed.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("1 merged into the facts they chose", run.Error, StringComparison.Ordinal);
        var graph = await GraphSeedReader.ReadAsync(seed.Path, TestContext.Current.CancellationToken);
        Assert.DoesNotContain(graph.Instruments, instrument => instrument.Id.StartsWith(Merged, StringComparison.Ordinal));
        Assert.Equal(evidenceBefore, graph.Evidence.Count(evidence => evidence.SubjectId == ReviewTestSeed.Award));
        Assert.Equal(ReviewTestSeed.Award, Assert.Single(graph.Rejections).MergedInto);
        Assert.Empty(SeedValidator.Validate(graph));
    }

    [Fact]
    public async Task Accepted_fact_is_not_changed_when_its_document_is_extracted_again()
    {
        using var seed = new ReviewTestSeed();
        await DecideAsync(seed, ReviewTestSeed.Mou, new ReviewDecision(DecisionKind.Accept));
        var before = seed.Lines("instruments.csv").Single(line => line.StartsWith(ReviewTestSeed.Mou + ",", StringComparison.Ordinal));

        var run = await LoaderRun.StartAsync("extract", TestPaths.Seed("004"), "--into", seed.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(before, seed.Lines("instruments.csv").Single(line => line.StartsWith(ReviewTestSeed.Mou + ",", StringComparison.Ordinal)));
    }

    private static async Task DecideAsync(ReviewTestSeed seed, string factId, ReviewDecision decision)
    {
        var store = new GraphSeedReviewStore(seed.Path);
        var (graph, _) = await store.ReadAsync(TestContext.Current.CancellationToken);
        using var session = new ReviewSession(store, RelationsGraph.Extraction.Places.PlaceNames.Create(graph), null, new DocumentTexts([], new RelationsGraph.Extraction.Documents.DocumentReaderOptions()), "Lan Nguyen", new FixedClock(Now));
        await session.DecideAsync(factId, decision, TestContext.Current.CancellationToken);
    }
}
