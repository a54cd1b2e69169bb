using RelationsGraph.Facts;
using RelationsGraph.Partnerships;
using RelationsGraph.Snapshots;
using RelationsGraph.Testing;
using Xunit;

namespace RelationsGraph.Tests.Partnerships;

/// <summary>What counts as a partnership: one rule, with kinds, confidence and review.</summary>
public sealed class PartnershipPolicyTests
{
    private static UnitNode Unit(RelationSnapshot graph, string id) => graph.Directory.FindById(id)!;

    private static PartnershipFilter With(PartnershipPolicy policy) => new() { Policy = policy };

    [Fact]
    public async Task Visits_make_no_partnership_unless_their_kind_is_asked()
    {
        var graph = await SeedGraph.LoadAsync();
        var visit = graph.InstrumentById["bac-giang-survey-visit-xaisomboun-2022-02"];

        var byDefault = graph.PartnersOf(Unit(graph, "VN-54"), PartnershipFilter.AllTime);
        var visits = graph.PartnersOf(Unit(graph, "VN-54"), With(PartnershipPolicy.Default with { Kinds = [InstrumentKind.Visit] }));

        Assert.DoesNotContain(visit, Assert.Single(byDefault).Instruments);
        Assert.Equal([visit], Assert.Single(visits).Instruments);
        Assert.False(PartnershipPolicy.Default.Admits(visit));
    }

    [Fact]
    public async Task An_award_counts_only_when_its_kind_is_asked_and_its_confidence_allowed()
    {
        var graph = await SeedGraph.LoadAsync();
        var canTho = Unit(graph, "VN-2025-CAN-THO");

        Assert.Empty(graph.PartnersOf(canTho, With(PartnershipPolicy.Widest)));
        Assert.Empty(graph.PartnersOf(canTho, With(PartnershipPolicy.Default with { Kinds = [InstrumentKind.Award] })));
        var award = Assert.Single(graph.PartnersOf(canTho, With(PartnershipPolicy.Widest with { Kinds = [InstrumentKind.Award] })));
        Assert.Equal("LA-CH", award.Partner.Id);
    }

    [Fact]
    public async Task Plans_count_only_through_the_instrument_they_implement()
    {
        var graph = await SeedGraph.LoadAsync();
        var bacGiang = Unit(graph, "VN-54");

        var agreements = Assert.Single(graph.PartnersOf(bacGiang, With(PartnershipPolicy.Default with { Kinds = [InstrumentKind.Agreement] })));
        var memoranda = Assert.Single(graph.PartnersOf(bacGiang, With(PartnershipPolicy.Default with { Kinds = [InstrumentKind.Mou] })));

        Assert.Equal(
            ["bac-giang-plan-481-kh-ubnd-2022", "bac-giang-plan-667-kh-ubnd-2021", "bac-giang-xaisomboun-agreement-2021-2025", "bac-giang-xaisomboun-police-agreement"],
            agreements.Instruments.Select(instrument => instrument.Id).Order(StringComparer.Ordinal));
        Assert.Equal(["bac-giang-xaisomboun-memorandum-2022-05"], memoranda.Instruments.Select(instrument => instrument.Id));
    }

    [Fact]
    public async Task Mechanism_memberships_count_as_joint_committees()
    {
        var graph = await SeedGraph.LoadAsync();
        var guangxi = Unit(graph, "CN-GX");

        var byDefault = graph.PartnersOf(guangxi, PartnershipFilter.AllTime);
        var agreementsOnly = graph.PartnersOf(guangxi, With(PartnershipPolicy.Default with { Kinds = [InstrumentKind.Agreement] }));

        Assert.Equal(["Cao Bang", "Ha Giang", "Lang Son", "Quang Ninh"], byDefault.Select(p => p.Partner.Name));
        Assert.All(byDefault, p => Assert.Equal(13, Assert.Single(p.Sessions).Session.Ordinal));
        Assert.Empty(agreementsOnly);
    }

    [Fact]
    public async Task Every_partnership_says_how_it_is_known()
    {
        var graph = await SeedGraph.LoadAsync();

        var partners = graph.PartnersOf(Unit(graph, "LA-XS"), PartnershipFilter.AllTime);

        var bacGiang = partners.Single(p => p.Partner.Id == "VN-54");
        Assert.Equal((1.0, true), (bacGiang.Confidence, bacGiang.Reviewed));
        Assert.Equal(SourceKind.OfficialDocument, bacGiang.Sources[0]);
        var sonLa = partners.Single(p => p.Partner.Id == "VN-05");
        Assert.Equal(0.8, sonLa.Confidence);
        Assert.Equal([SourceKind.RelatedSummary], sonLa.Sources);
        Assert.All(partners, p => Assert.Null(p.InForce));
    }

    [Fact]
    public async Task Unreviewed_facts_count_only_when_asked()
    {
        using var copy = new SeedCopy();
        copy.Replace("instruments.csv", "investment;trade;foreign_affairs;defence_security,false,related_summary,0.8,true", "investment;trade;foreign_affairs;defence_security,false,related_summary,0.8,false");
        copy.Replace("sessions.csv", "online,13th Conference of the Joint Working Committee,article,1,true", "online,13th Conference of the Joint Working Committee,article,1,false");
        var graph = await SnapshotLoader.LoadAsync(new GraphSeedSource(copy.Path), TimeProvider.System, TestContext.Current.CancellationToken);

        var byDefault = graph.PartnersOf(Unit(graph, "LA-XS"), PartnershipFilter.AllTime);
        var withUnreviewed = graph.PartnersOf(Unit(graph, "LA-XS"), With(PartnershipPolicy.Default with { IncludeUnreviewed = true }));

        Assert.Equal(["VN-54"], byDefault.Select(p => p.Partner.Id));
        Assert.Equal(["VN-54", "VN-05"], withUnreviewed.Select(p => p.Partner.Id));
        Assert.False(withUnreviewed.Single(p => p.Partner.Id == "VN-05").Reviewed);
        Assert.Empty(graph.PartnersOf(Unit(graph, "CN-GX"), PartnershipFilter.AllTime));
        Assert.Equal(4, graph.PartnersOf(Unit(graph, "CN-GX"), With(PartnershipPolicy.Default with { IncludeUnreviewed = true })).Count);
    }

    [Fact]
    public async Task A_province_formed_by_the_merger_inherits_its_predecessors_partnerships()
    {
        var graph = await SeedGraph.LoadAsync();
        var bacNinh = Unit(graph, "VN-2025-BAC-NINH");

        var own = graph.PartnersOf(bacNinh, PartnershipFilter.AllTime);
        var inherited = graph.PartnersOf(bacNinh, new PartnershipFilter { Predecessors = PredecessorMode.Inherit });
        var inheritedIn2024 = graph.PartnersOf(bacNinh, new PartnershipFilter { Predecessors = PredecessorMode.Inherit, AsOf = new DateOnly(2024, 1, 1) });

        Assert.Empty(own);
        var xaisomboun = Assert.Single(inherited);
        Assert.Equal(("VN-2025-BAC-NINH", "LA-XS"), (xaisomboun.Subject.Id, xaisomboun.Partner.Id));
        Assert.Equal(["VN-54"], xaisomboun.InheritedFrom.Select(unit => unit.Id));
        Assert.Equal(["LA-XS"], inheritedIn2024.Select(p => p.Partner.Id));
    }

    [Fact]
    public async Task A_partnership_resting_on_a_disputed_date_says_so()
    {
        var graph = await SeedGraph.LoadAsync();
        var plansOnly = PartnershipPolicy.Default with { Kinds = [InstrumentKind.Plan] };

        var disputed = graph.PartnersOf(Unit(graph, "LA-XS"), new PartnershipFilter { Policy = plansOnly, AsOf = new DateOnly(2021, 12, 10) });
        var certain = graph.PartnersOf(Unit(graph, "LA-XS"), new PartnershipFilter { Policy = plansOnly, AsOf = new DateOnly(2021, 12, 20) });
        var withTheAgreement = graph.PartnersOf(Unit(graph, "LA-XS"), new PartnershipFilter { AsOf = new DateOnly(2021, 12, 10) });

        Assert.Equal(InForceStatus.Disputed, Assert.Single(disputed).InForce);
        Assert.Equal(InForceStatus.InForce, Assert.Single(certain).InForce);
        Assert.Equal(InForceStatus.InForce, withTheAgreement.Single(p => p.Partner.Id == "VN-54").InForce);
    }

    [Fact]
    public void Policy_defaults_are_the_documented_ones()
    {
        Assert.Equal(0.7, PartnershipPolicy.Default.MinConfidence);
        Assert.False(PartnershipPolicy.Default.IncludeUnreviewed);
        Assert.Equal(
            [InstrumentKind.Agreement, InstrumentKind.Mou, InstrumentKind.Minutes, InstrumentKind.JointStatement, InstrumentKind.CoordinationRules, InstrumentKind.JointCommittee, InstrumentKind.Other],
            PartnershipPolicy.CooperationKinds);
    }
}
