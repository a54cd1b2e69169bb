using RelationsGraph.Loader.Review;
using RelationsGraph.Seed;
using RelationsGraph.Testing;
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

    [Fact]
    public async Task A_new_fact_never_takes_the_id_a_rejected_fact_is_remembered_by()
    {
        using var seed = new ReviewTestSeed();
        await DecideAsync(seed, ReviewTestSeed.Award, new ReviewDecision(DecisionKind.Reject, Note: "not this one"));
        // The remembered fact named another party, so the award extracted again is not that fact, but derives its id.
        var rejections = seed.File("rejections.csv");
        File.WriteAllText(rejections, File.ReadAllText(rejections).Replace("LA-CH:", "LA-SV:", StringComparison.Ordinal));

        var run = await LoaderRun.StartAsync("extract", TestPaths.Seed("004"), "--into", seed.Path);

        Assert.True(run.ExitCode == 0, run.Error);
        var graph = await GraphSeedReader.ReadAsync(seed.Path, TestContext.Current.CancellationToken);
        Assert.DoesNotContain(graph.Instruments, instrument => instrument.Id == ReviewTestSeed.Award);
        Assert.Contains(graph.Instruments, instrument => instrument.Id == ReviewTestSeed.Award + "-2");
        Assert.Equal(ReviewTestSeed.Award, Assert.Single(graph.Rejections).FactId);
        Assert.Empty(SeedValidator.Validate(graph));
    }

    [Fact]
    public async Task A_duplicate_merged_into_a_reviewed_fact_brings_it_evidence_but_not_its_pledges_and_extracting_again_changes_nothing()
    {
        using var seed = new ReviewTestSeed();
        using var texts = new TemporaryDirectory();
        var article = Path.Combine(texts.Path, "agreement.txt");
        await File.WriteAllTextAsync(article, MadeUpAgreement, TestContext.Current.CancellationToken);
        Assert.Equal(0, (await LoaderRun.StartAsync("extract", article, "--into", seed.Path)).ExitCode);
        var extracted = await GraphSeedReader.ReadAsync(seed.Path, TestContext.Current.CancellationToken);
        var duplicate = Assert.Single(extracted.Instruments, instrument => instrument.Id.StartsWith("binh-phuoc-champasak-agreement", StringComparison.Ordinal)).Id;
        Assert.Single(extracted.Commitments, commitment => commitment.InstrumentId == duplicate);
        await DecideAsync(seed, duplicate, new ReviewDecision(DecisionKind.Merge, MergeInto: ReviewTestSeed.Reviewed, Note: "the same cooperation"));
        // The merge brought the pledge to the reviewed fact for review; the reviewer's correction dropped it.
        var brought = Assert.Single((await GraphSeedReader.ReadAsync(seed.Path, TestContext.Current.CancellationToken)).Commitments, commitment => commitment.InstrumentId == ReviewTestSeed.Reviewed && !commitment.Reviewed).Id;
        foreach (var table in new[] { "commitments.csv", "evidence.csv" })
        {
            File.WriteAllLines(seed.File(table), seed.Lines(table).Where(line => !line.Contains(brought, StringComparison.Ordinal)));
        }

        var reviewedPledges = (await GraphSeedReader.ReadAsync(seed.Path, TestContext.Current.CancellationToken)).Commitments
            .Where(commitment => commitment.InstrumentId == ReviewTestSeed.Reviewed).Select(commitment => commitment.Id).ToList();
        var evidenceBefore = extracted.Evidence.Count(evidence => evidence.SubjectId == duplicate);

        var first = await LoaderRun.StartAsync("extract", article, "--into", seed.Path);
        var files = Directory.GetFiles(seed.Path, "*.csv").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        var second = await LoaderRun.StartAsync("extract", article, "--into", seed.Path);

        Assert.True((first.ExitCode, second.ExitCode) == (0, 0), first.Error + second.Error);
        var graph = await GraphSeedReader.ReadAsync(seed.Path, TestContext.Current.CancellationToken);
        Assert.DoesNotContain(graph.Instruments, instrument => instrument.Id.StartsWith("binh-phuoc-champasak-agreement", StringComparison.Ordinal));
        Assert.Equal(reviewedPledges, graph.Commitments.Where(commitment => commitment.InstrumentId == ReviewTestSeed.Reviewed).Select(commitment => commitment.Id));
        Assert.DoesNotContain(graph.Commitments, commitment => !commitment.Reviewed && commitment.InstrumentId == ReviewTestSeed.Reviewed);
        Assert.DoesNotContain(ReviewSession.Pending(graph), id => id == ReviewTestSeed.Reviewed);
        Assert.True(graph.Evidence.Count(evidence => evidence.SubjectId == ReviewTestSeed.Reviewed) >= evidenceBefore);
        Assert.Single(graph.Rejections, rejection => rejection.MergedInto == ReviewTestSeed.Reviewed);
        Assert.Equal(files, Directory.GetFiles(seed.Path, "*.csv").Order(StringComparer.Ordinal).Select(File.ReadAllText));
    }

    [Fact]
    public async Task A_document_whose_only_fact_is_rejected_leaves_the_graph_and_is_not_added_again()
    {
        using var seed = new ReviewTestSeed();
        using var texts = new TemporaryDirectory();
        var article = Path.Combine(texts.Path, "memorandum.txt");
        await File.WriteAllTextAsync(article, MadeUpMemorandum, TestContext.Current.CancellationToken);
        Assert.Equal(0, (await LoaderRun.StartAsync("extract", article, "--into", seed.Path)).ExitCode);
        var extracted = await GraphSeedReader.ReadAsync(seed.Path, TestContext.Current.CancellationToken);
        var fact = Assert.Single(extracted.Instruments, instrument => instrument.Id.StartsWith("quang-tri-savannakhet-mou", StringComparison.Ordinal)).Id;
        var document = Assert.Single(extracted.Evidence.Where(evidence => evidence.SubjectId == fact).Select(evidence => evidence.DocumentId).Distinct());
        Assert.Contains(extracted.Documents, known => known.Id == document);

        await DecideAsync(seed, fact, new ReviewDecision(DecisionKind.Reject, Note: "not stated"));
        var afterReject = await GraphSeedReader.ReadAsync(seed.Path, TestContext.Current.CancellationToken);
        var run = await LoaderRun.StartAsync("extract", article, "--into", seed.Path);

        Assert.DoesNotContain(afterReject.Documents, known => known.Id == document);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("1 rejected relation(s) not proposed again", run.Error, StringComparison.Ordinal);
        var graph = await GraphSeedReader.ReadAsync(seed.Path, TestContext.Current.CancellationToken);
        Assert.DoesNotContain(graph.Documents, known => known.Id == document);
        Assert.Equal(extracted.Documents.Length - 1, graph.Documents.Length);
    }

    // Short articles of our own, in the pattern of the news the loader reads.
    private const string MadeUpAgreement = """
        Binh Phuoc and Champasak sign cooperation agreement

        Binh Phuoc province and Champasak province of Laos signed a cooperation agreement on June 3, 2024. Under the agreement, Binh Phuoc pledged 2 billion VND to build a school in Champasak.
        """;

    private const string MadeUpMemorandum = """
        Quang Tri and Savannakhet sign memorandum

        On March 11, 2024, Quang Tri province and Savannakhet province of Laos signed a memorandum of understanding on cooperation for 2024-2028.
        """;

    private static async Task DecideAsync(ReviewTestSeed seed, string factId, ReviewDecision decision)
    {
        var store = new GraphSeedReviewStore(seed.Path);
        var (graph, _) = await store.ReadAsync(TestContext.Current.CancellationToken);
        using var session = new ReviewSession(store, RelationsGraph.Extraction.Places.PlaceNames.Create(graph), null, new DocumentTexts([], new RelationsGraph.Extraction.Documents.DocumentReaderOptions()), "Lan Nguyen", new FixedClock(Now));
        await session.DecideAsync(factId, decision, TestContext.Current.CancellationToken);
    }
}
