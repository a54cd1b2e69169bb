using RelationsGraph.Extraction;
using RelationsGraph.Facts;
using RelationsGraph.Loader.Tests.Extraction;
using RelationsGraph.Testing;
using Xunit;

namespace RelationsGraph.Loader.Tests.Seeds;

/// <summary>
/// design.md's checklist (items 1 to 7) on the five seed documents, compared with the curated graph-seed facts.
/// The seeds are read together as one batch, as `extract ../shared/seeds` reads them.
/// </summary>
public sealed class SeedAcceptanceTests
{
    private static readonly Lazy<Task<MergedFacts>> Facts = new(async () => (await Extracted.FromAsync(RepositoryPaths.SourceDocuments)).Facts);

    [Fact]
    public async Task Item1_Bac_Giang_and_Xaisomboun_agreement_2021_2025_between_the_provincial_governments()
    {
        var agreement = Single(await Facts.Value, InstrumentKind.Agreement, PartyLevel.ProvincialGovernment, "LA-XS", "VN-54");

        Assert.Equal((2021, 2025), (agreement.PeriodStart, agreement.PeriodEnd));
        // Both documents are about plan 481, which implements the agreement: in each it is the framework, past context
        // (the lead's decision, round extraction-39). It stays a fact of the graph, and plan 481 counts through it.
        Assert.True(agreement.Background);
        Assert.Equal(2, DocumentsOf(agreement));
    }

    [Fact]
    public async Task Item1_Plan_481_of_25_August_2022_implements_the_agreement_and_replaces_plan_667()
    {
        var facts = await Facts.Value;
        var plan = facts.Relations.Single(relation => relation.Number == "481/KH-UBND");
        var old = facts.Relations.Single(relation => relation.Number == "667/KH-UBND");
        var agreement = Single(facts, InstrumentKind.Agreement, PartyLevel.ProvincialGovernment, "LA-XS", "VN-54");

        Assert.Equal(InstrumentKind.Plan, plan.Kind);
        Assert.Equal(["LA-XS", "VN-54"], plan.PartyIds);
        Assert.Equal(new DateOnly(2022, 8, 25), plan.SignedOn);
        Assert.Contains((LinkType.Implements, agreement), plan.Links);
        Assert.Contains((LinkType.Replaces, old), plan.Links);
        Assert.Equal(2, DocumentsOf(plan));
    }

    [Fact]
    public async Task Item1_Plan_667_keeps_both_disputed_dates_as_claims_and_states_none()
    {
        var old = (await Facts.Value).Relations.Single(relation => relation.Number == "667/KH-UBND");

        Assert.Null(old.SignedOn);
        Assert.Equal(["2021-12-09", "2021-12-12"], old.Claims.Where(claim => claim.Field == ClaimFields.SignedOn).Select(claim => claim.Value).Distinct().Order());
        Assert.True(old.Background);
    }

    [Fact]
    public async Task Item1_Sub_level_instruments_planned_for_2022_district_womens_union_and_police()
    {
        var facts = await Facts.Value;
        var districts = facts.Relations.Where(relation => relation.PartyIds.SequenceEqual(["LA-XS-ANOUVONG", "VN-54-LUC-NGAN"])).ToList();
        var women = facts.Relations.Where(relation => relation.Level == PartyLevel.WomensUnion).ToList();
        var police = Single(facts, InstrumentKind.Agreement, PartyLevel.Police, "LA-XS", "VN-54");

        Assert.NotEmpty(districts);
        Assert.All(districts, relation => Assert.Equal((PartyLevel.District, InstrumentStatus.Planned), (relation.Level, relation.Status)));
        Assert.NotEmpty(women);
        Assert.All(women, relation => Assert.Equal((InstrumentStatus.Planned, "LA-XS,VN-54"), (relation.Status, string.Join(',', relation.PartyIds))));
        Assert.True(police.Background);
    }

    [Fact]
    public async Task Item1_Budget_and_itemised_commitments_of_plan_481()
    {
        var plan = (await Facts.Value).Relations.Single(relation => relation.Number == "481/KH-UBND");

        Assert.Contains(plan.Commitments, commitment => commitment is { Kind: CommitmentKind.Budget, Amount: 33_400_000_000, Unit: "VND", FromId: "VN-54" });
        Assert.Contains(plan.Commitments, commitment => commitment is { Kind: CommitmentKind.Equipment, Amount: 21, FromId: "VN-54", ToId: "LA-XS" });
        Assert.Contains(plan.Commitments, commitment => commitment is { Kind: CommitmentKind.Project, Amount: 5, Unit: "school_sites" });
        Assert.Contains(plan.Commitments, commitment => commitment.Kind == CommitmentKind.Delegations);
        Assert.Contains(plan.People, person => person is { Name: "Mai Sơn", Role: PersonRoleKind.Signatory });
    }

    [Fact]
    public async Task Item2_Son_La_and_Xieng_Khouang_minutes_2022_2024_with_signatories_and_pledges()
    {
        var minutes = Single(await Facts.Value, InstrumentKind.Minutes, PartyLevel.ProvincialGovernment, "LA-XI", "VN-05");

        Assert.Equal((2022, 2024), (minutes.PeriodStart, minutes.PeriodEnd));

        // "Ngày 16/8" has no year and document 001 states no publication date: by the rule the date stays
        // unknown (the curated seed's 2022-08-16 was inferred by a reviewer).
        Assert.Null(minutes.SignedOn);
        Assert.Contains(minutes.People, person => person is { Name: "Sivilay Sengchalern", Role: PersonRoleKind.Signatory, UnitId: "LA-XI" });
        Assert.Contains(minutes.People, person => person is { Name: "Đặng Ngọc Hậu", Role: PersonRoleKind.Signatory, UnitId: "VN-05" });
        Assert.Contains(minutes.People, person => person is { Name: "Lò Minh Hùng", Role: PersonRoleKind.Attendee });
        Assert.Contains(minutes.Commitments, commitment => commitment is { Kind: CommitmentKind.Project, Amount: 5_000_000_000, Unit: "VND", FromId: "VN-05", ToId: "LA-XI" });
        Assert.Contains(minutes.Commitments, commitment => commitment is { Kind: CommitmentKind.Scholarships, Amount: 90 });
        Assert.Contains(minutes.Commitments, commitment => commitment is { Kind: CommitmentKind.Training, Amount: 2 });
        Assert.Contains(minutes.Commitments, commitment => commitment is { Kind: CommitmentKind.Grant, Amount: 200_000_000, Unit: "VND" });
    }

    [Fact]
    public async Task Item3_Son_La_and_Xaisomboun_minutes_2022_2024_after_talks_on_20_August_2022()
    {
        var minutes = Single(await Facts.Value, InstrumentKind.Minutes, PartyLevel.ProvincialGovernment, "LA-XS", "VN-05");

        Assert.Equal((2022, 2024), (minutes.PeriodStart, minutes.PeriodEnd));
        Assert.Equal(new DateOnly(2022, 8, 20), minutes.SignedOn);
        Assert.Equal(RelationSource.InlineRelated, minutes.Source);
        Assert.True(minutes.Confidence <= 0.6);
    }

    [Fact]
    public async Task Item4_Binh_Phuoc_and_Champasak_MOU_2022_2026_signed_22_August_2022_renews_the_2017_2022_MOU()
    {
        var facts = await Facts.Value;
        var mous = facts.Relations.Where(relation => relation.Kind == InstrumentKind.Mou && relation.PartyIds.SequenceEqual(["LA-CH", "VN-58"])).ToList();
        var current = mous.Single(relation => relation.PeriodStart == 2022);
        var previous = mous.Single(relation => relation.PeriodStart == 2017);

        Assert.Equal((2022, 2026, new DateOnly(2022, 8, 22)), (current.PeriodStart, current.PeriodEnd, current.SignedOn));
        Assert.Contains((LinkType.Renews, previous), current.Links);
        Assert.True(previous.Background);
        Assert.False(current.Background);
        Assert.Contains(current.People, person => person is { Name: "Trần Tuệ Hiền", Role: PersonRoleKind.Signatory, UnitId: "VN-58" });
        Assert.Contains(current.People, person => person is { Name: "Vilayvong Butdakham", Role: PersonRoleKind.Signatory, UnitId: "LA-CH" });
        Assert.Contains(mous.SelectMany(relation => relation.Commitments), commitment => commitment is { Kind: CommitmentKind.Scholarships, Amount: 2, FromId: "LA-CH", ToId: "VN-58" });
    }

    [Fact]
    public async Task Item5_Joint_Working_Committee_13th_conference_online_on_25_February_2022()
    {
        var session = (await Facts.Value).Relations.Single(relation => relation.Kind == InstrumentKind.JointCommittee);

        Assert.Equal(["CN-GX", "VN-03", "VN-04", "VN-09", "VN-13"], session.PartyIds);
        Assert.Equal(new DateOnly(2022, 2, 25), session.SignedOn);
        Assert.Equal((13, SessionMode.Online), (session.Session!.Ordinal, session.Session.Mode));
        Assert.Contains(session.People, person => person is { Name: "Doan Thu Ha", UnitId: "VN-09" });
    }

    [Fact]
    public async Task Item6_Related_news_summaries_are_low_confidence_facts()
    {
        var facts = await Facts.Value;

        Assert.Equal(PartyLevel.Court, Single(facts, InstrumentKind.Mou, PartyLevel.Court, "LA-KH", "VN-24").Level);
        Assert.NotNull(Single(facts, InstrumentKind.Other, PartyLevel.FatherlandFront, "LA-CH", "VN-29"));
        Assert.NotNull(Single(facts, InstrumentKind.Other, PartyLevel.ProvincialGovernment, "LA-SV", "VN-24", "VN-25"));
        Assert.NotNull(Single(facts, InstrumentKind.Mou, PartyLevel.ProvincialGovernment, "JP-38", "VN-2025-VINH-LONG"));
        var award = Single(facts, InstrumentKind.Award, PartyLevel.ProvincialGovernment, "LA-CH", "VN-2025-CAN-THO");
        Assert.Contains(award.Parties, party => party is { UnitId: "LA-CH", Role: PartyRole.Presenter });
        Assert.All(facts.Relations.Where(relation => relation.Source != RelationSource.Article), relation => Assert.True(relation.Confidence <= 0.6));
    }

    [Fact]
    public async Task Item7_Nothing_comes_out_of_the_distractors()
    {
        var expected = new HashSet<string>(StringComparer.Ordinal)
        {
            "LA-XS,VN-54", "LA-XS-ANOUVONG,VN-54-LUC-NGAN", "LA-XI,VN-05", "LA-XS,VN-05", "LA-CH,VN-58", "CN-GX,VN-03,VN-04,VN-09,VN-13",
            "LA-KH,VN-24", "LA-CH,VN-29", "LA-SV,VN-24,VN-25", "JP-38,VN-2025-VINH-LONG", "LA-CH,VN-2025-CAN-THO",
        };

        var found = (await Facts.Value).Relations.Select(relation => string.Join(',', relation.PartyIds)).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(expected.Order(), found.Order());
    }

    private static ExtractedRelation Single(MergedFacts facts, InstrumentKind kind, PartyLevel level, params string[] parties) =>
        Assert.Single(facts.Relations, relation => relation.Kind == kind && relation.Level == level && relation.PartyIds.SequenceEqual(parties));

    private static int DocumentsOf(ExtractedRelation relation) => relation.Evidence.Select(evidence => evidence.DocumentId).Distinct().Count();
}
