using RelationsGraph.Extraction.Documents;
using RelationsGraph.Extraction.Places;
using RelationsGraph.Loader.Review;
using RelationsGraph.Seed;
using RelationsGraph.Snapshots;
using Xunit;

namespace RelationsGraph.Loader.Tests.Review;

/// <summary>
/// The four decisions on real graph-seed files: what each writes (at once, with who and when), what it keeps beside a
/// correction, and what the graph served from the files then says.
/// </summary>
public sealed class ReviewDecisionTests
{
    private static readonly DateTimeOffset Now = new(2025, 6, 1, 9, 30, 15, TimeSpan.Zero);

    [Fact]
    public async Task Accepting_marks_the_fact_and_its_commitments_reviewed_with_who_and_when()
    {
        using var seed = new ReviewTestSeed();
        using var session = await SessionAsync(seed);

        await session.DecideAsync(ReviewTestSeed.Mou, new ReviewDecision(DecisionKind.Accept), TestContext.Current.CancellationToken);

        var graph = await GraphSeedReader.ReadAsync(seed.Path, TestContext.Current.CancellationToken);
        var mou = graph.Instruments.Single(instrument => instrument.Id == ReviewTestSeed.Mou);
        Assert.True(mou.Reviewed);
        Assert.Equal("Lan Nguyen", mou.ReviewedBy);
        Assert.Equal(Now, mou.ReviewedAt);
        Assert.All(graph.Commitments.Where(commitment => commitment.InstrumentId == ReviewTestSeed.Mou), commitment => Assert.Equal(("Lan Nguyen", Now), (commitment.ReviewedBy!, commitment.ReviewedAt!.Value)));
        Assert.DoesNotContain(graph.Evidence, evidence => evidence.ClaimedBy is not null);
        Assert.EndsWith(",true,Lan Nguyen,2025-06-01T09:30:15Z", seed.Lines("instruments.csv").Single(line => line.StartsWith(ReviewTestSeed.Mou + ",", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.DoesNotContain(ReviewTestSeed.Mou, (await session.StateAsync(TestContext.Current.CancellationToken)).Pending);
    }

    [Fact]
    public async Task Correcting_a_date_keeps_the_reviewers_claim_beside_the_extracted_evidence()
    {
        using var seed = new ReviewTestSeed();
        using var session = await SessionAsync(seed);
        var form = ReviewDecisions.FormOf(await GraphSeedReader.ReadAsync(seed.Path, TestContext.Current.CancellationToken), ReviewTestSeed.Minutes);
        var before = (await GraphSeedReader.ReadAsync(seed.Path, TestContext.Current.CancellationToken)).Evidence.Where(evidence => evidence.SubjectId == ReviewTestSeed.Minutes).ToList();

        await session.DecideAsync(ReviewTestSeed.Minutes, new ReviewDecision(DecisionKind.Correct, form with { Instrument = form.Instrument! with { SignedOn = "2022-08-16" } }), TestContext.Current.CancellationToken);

        var snapshot = await SnapshotLoader.LoadAsync(new GraphSeedSource(seed.Path), TimeProvider.System, TestContext.Current.CancellationToken);
        var minutes = snapshot.InstrumentById[ReviewTestSeed.Minutes];
        Assert.Equal(new DateOnly(2022, 8, 16), minutes.Instrument.SignedOn);
        Assert.Equal("Lan Nguyen", minutes.Instrument.ReviewedBy);
        var claim = Assert.Single(minutes.Evidence, evidence => evidence.Evidence.ClaimedBy is not null).Evidence;
        Assert.Equal(("signed_on", "2022-08-16", "Lan Nguyen", Now), (claim.Field, claim.Value, claim.ClaimedBy, claim.ClaimedAt!.Value));
        Assert.Contains(before, evidence => evidence.DocumentId == claim.DocumentId && evidence.Start == claim.Start && evidence.End == claim.End && evidence.ClaimedBy is null);
        Assert.Equal(before.Count + 1, minutes.Evidence.Count);
        Assert.Equal(new DateOnly(2022, 8, 16), minutes.InForce?.From);
        Assert.Empty(minutes.Conflicts);
    }

    [Fact]
    public async Task Correcting_a_commitment_keeps_the_claim_on_the_commitment_and_a_removed_one_goes()
    {
        using var seed = new ReviewTestSeed();
        using var session = await SessionAsync(seed);
        var form = ReviewDecisions.FormOf(await GraphSeedReader.ReadAsync(seed.Path, TestContext.Current.CancellationToken), ReviewTestSeed.Minutes).Instrument!;
        var grant = form.Commitments.Single(commitment => commitment.Kind == "grant");
        var training = form.Commitments.Single(commitment => commitment.Kind == "training");

        await session.DecideAsync(
            ReviewTestSeed.Minutes,
            new ReviewDecision(DecisionKind.Correct, new FactForm
            {
                Instrument = form with
                {
                    Commitments = [.. form.Commitments.Where(commitment => commitment != training).Select(commitment => commitment == grant ? commitment with { Amount = 250_000_000, FromId = "VN-05", ToId = "LA-XI" } : commitment)],
                },
            }),
            TestContext.Current.CancellationToken);

        var graph = await GraphSeedReader.ReadAsync(seed.Path, TestContext.Current.CancellationToken);
        Assert.Equal(250_000_000, graph.Commitments.Single(commitment => commitment.Id == grant.Id).Amount);
        Assert.DoesNotContain(graph.Commitments, commitment => commitment.Id == training.Id);
        Assert.DoesNotContain(graph.Evidence, evidence => evidence.SubjectId == training.Id);
        var amount = Assert.Single(graph.Evidence, evidence => evidence.SubjectId == grant.Id && evidence.Field == "amount");
        Assert.Equal(("250000000", "Lan Nguyen"), (amount.Value, amount.ClaimedBy));
        Assert.Contains(graph.Evidence, evidence => evidence.SubjectId == ReviewTestSeed.Minutes && evidence.Field == "commitments" && evidence.ClaimedBy == "Lan Nguyen");
    }

    [Fact]
    public async Task Merging_a_duplicate_moves_its_evidence_and_remembers_it()
    {
        using var seed = new ReviewTestSeed();
        using var session = await SessionAsync(seed);
        var detail = await session.DetailAsync(ReviewTestSeed.Duplicate, TestContext.Current.CancellationToken);
        Assert.Contains(detail.Candidates, candidate => candidate.Fact.Id == ReviewTestSeed.Minutes);

        await session.DecideAsync(ReviewTestSeed.Duplicate, new ReviewDecision(DecisionKind.Merge, MergeInto: ReviewTestSeed.Minutes, Note: "the same minutes"), TestContext.Current.CancellationToken);

        var graph = await GraphSeedReader.ReadAsync(seed.Path, TestContext.Current.CancellationToken);
        Assert.DoesNotContain(graph.Instruments, instrument => instrument.Id == ReviewTestSeed.Duplicate);
        Assert.DoesNotContain(graph.Parties, party => party.InstrumentId == ReviewTestSeed.Duplicate);
        Assert.DoesNotContain(graph.Evidence, evidence => evidence.SubjectId == ReviewTestSeed.Duplicate);
        Assert.Contains(graph.Evidence, evidence => evidence.SubjectId == ReviewTestSeed.Minutes && evidence.Field == "kind" && evidence.Value == "agreement");
        var remembered = Assert.Single(graph.Rejections);
        Assert.Equal((ReviewTestSeed.Duplicate, ReviewTestSeed.Minutes, "the same minutes", "Lan Nguyen", Now), (remembered.FactId, remembered.MergedInto, remembered.Note, remembered.ReviewedBy, remembered.ReviewedAt));
        Assert.Equal(["LA-XI:provincial_government", "VN-05:provincial_government"], remembered.Parties);
        Assert.Empty(SeedValidator.Validate(graph));
    }

    [Fact]
    public async Task Rejecting_removes_the_fact_and_everything_about_it_and_remembers_it()
    {
        using var seed = new ReviewTestSeed();
        using var session = await SessionAsync(seed);

        await session.DecideAsync(ReviewTestSeed.Award, new ReviewDecision(DecisionKind.Reject, Note: "an award is not a partnership"), TestContext.Current.CancellationToken);

        var graph = await GraphSeedReader.ReadAsync(seed.Path, TestContext.Current.CancellationToken);
        Assert.DoesNotContain(graph.Instruments, instrument => instrument.Id == ReviewTestSeed.Award);
        Assert.DoesNotContain(graph.Parties, party => party.InstrumentId == ReviewTestSeed.Award);
        Assert.DoesNotContain(graph.Evidence, evidence => evidence.SubjectId == ReviewTestSeed.Award);
        var remembered = Assert.Single(graph.Rejections);
        Assert.Equal((ReviewTestSeed.Award, (string?)null, "award"), (remembered.FactId, remembered.MergedInto, Common.EnumCodes.ToCode(remembered.Kind)));
        Assert.Equal(["LA-CH:provincial_government", "VN-2025-CAN-THO:provincial_government"], remembered.Parties);
    }

    [Fact]
    public async Task Rejecting_a_session_removes_its_mechanism_when_it_has_no_other()
    {
        using var seed = new ReviewTestSeed();
        using var session = await SessionAsync(seed);

        await session.DecideAsync(ReviewTestSeed.Session, new ReviewDecision(DecisionKind.Reject), TestContext.Current.CancellationToken);

        var graph = await GraphSeedReader.ReadAsync(seed.Path, TestContext.Current.CancellationToken);
        Assert.Empty(graph.Sessions);
        Assert.Empty(graph.Mechanisms);
        Assert.Empty(graph.MechanismMembers);
        Assert.Equal(13, Assert.Single(graph.Rejections).Ordinal);
    }

    [Fact]
    public async Task Correction_with_a_bad_value_is_refused_with_the_field_and_nothing_is_written()
    {
        using var seed = new ReviewTestSeed();
        using var session = await SessionAsync(seed);
        var before = await File.ReadAllBytesAsync(seed.File("instruments.csv"), TestContext.Current.CancellationToken);
        var form = ReviewDecisions.FormOf(await GraphSeedReader.ReadAsync(seed.Path, TestContext.Current.CancellationToken), ReviewTestSeed.Minutes).Instrument!;
        var bad = form with { SignedOn = "2022-13-40", Parties = [form.Parties[0] with { UnitId = "LA-ZZ" }, form.Parties[1]] };

        var refusal = await Assert.ThrowsAsync<ReviewException>(() => session.DecideAsync(ReviewTestSeed.Minutes, new ReviewDecision(DecisionKind.Correct, new FactForm { Instrument = bad }), TestContext.Current.CancellationToken));

        Assert.Contains("signedOn: '2022-13-40' is not a date (YYYY-MM-DD)", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("parties[0].unitId: unknown unit 'LA-ZZ'", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllBytesAsync(seed.File("instruments.csv"), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Decision_on_a_graph_changed_since_it_was_read_writes_nothing()
    {
        using var seed = new ReviewTestSeed();
        var store = new GraphSeedReviewStore(seed.Path);
        var (graph, version) = await store.ReadAsync(TestContext.Current.CancellationToken);
        var accepted = ReviewDecisions.Accept(graph, ReviewTestSeed.Mou, new ReviewStamp("Lan Nguyen", Now));
        await File.AppendAllTextAsync(seed.File("people.csv"), "someone-else,Someone Else,\n", TestContext.Current.CancellationToken);

        await Assert.ThrowsAsync<ReviewConflictException>(() => store.WriteAsync(accepted, version, TestContext.Current.CancellationToken));

        Assert.DoesNotContain(seed.Lines("instruments.csv"), line => line.Contains("Lan Nguyen", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Queue_lists_unreviewed_facts_in_reading_order_and_not_reviewed_ones()
    {
        using var seed = new ReviewTestSeed();
        using var session = await SessionAsync(seed);

        var pending = (await session.StateAsync(TestContext.Current.CancellationToken)).Pending;

        Assert.DoesNotContain(ReviewTestSeed.Reviewed, pending);
        Assert.Contains(ReviewTestSeed.Session, pending);
        Assert.Equal(10, pending.Count);
        Assert.Equal([ReviewTestSeed.Session, ReviewTestSeed.Duplicate, ReviewTestSeed.Minutes], pending.Take(3));
    }

    [Fact]
    public async Task Fact_view_shows_the_evidence_the_documents_and_the_form()
    {
        using var seed = new ReviewTestSeed();
        using var session = await SessionAsync(seed);

        var detail = await session.DetailAsync(ReviewTestSeed.Minutes, TestContext.Current.CancellationToken);

        Assert.Equal("minutes", detail.Form.Instrument!.Kind);
        Assert.Equal([2022, 2024], new[] { detail.Form.Instrument.PeriodStart!.Value, detail.Form.Instrument.PeriodEnd!.Value });
        Assert.Equal(["LA-XI", "VN-05"], detail.Form.Instrument.Parties.Select(party => party.UnitId));
        Assert.Contains(detail.Form.Instrument.Commitments, commitment => commitment is { Kind: "project", Amount: 5_000_000_000, Unit: "VND" });
        var document = Assert.Single(detail.Documents);
        Assert.True(document.HasText);
        var text = await session.TextAsync(document.Id, TestContext.Current.CancellationToken);
        Assert.All(detail.Evidence, evidence => Assert.Equal(evidence.Quote, text![evidence.Start..evidence.End]));
        Assert.Contains(detail.Candidates, candidate => candidate.Fact.Id == ReviewTestSeed.Duplicate);
    }

    private static async Task<ReviewSession> SessionAsync(ReviewTestSeed seed)
    {
        var store = new GraphSeedReviewStore(seed.Path);
        var (graph, _) = await store.ReadAsync(TestContext.Current.CancellationToken);
        var texts = new DocumentTexts([ReviewTestSeed.Documents], new DocumentReaderOptions());
        return new ReviewSession(store, PlaceNames.Create(graph), null, texts, "Lan Nguyen", new FixedClock(Now));
    }
}

/// <summary>A clock that always says the same time.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
