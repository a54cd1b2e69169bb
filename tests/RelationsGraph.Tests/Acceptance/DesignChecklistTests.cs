using RelationsGraph.Facts;
using RelationsGraph.Partnerships;
using RelationsGraph.Snapshots;
using Xunit;

namespace RelationsGraph.Tests.Acceptance;

/// <summary>The seed graph answers every item of the checklist in design.md ("What the source documents state").</summary>
public sealed class DesignChecklistTests
{
    private static async Task<RelationSnapshot> Graph() => await SeedGraph.LoadAsync();

    private static InstrumentNode Between(RelationSnapshot graph, string a, string b, InstrumentKind kind, int? periodStart = null) =>
        Assert.Single(graph.Instruments, instrument =>
            instrument.Kind == kind
            && (periodStart is null || instrument.Instrument.PeriodStart == periodStart)
            && instrument.Parties.Any(party => party.Unit.FirstLevel.Id == a)
            && instrument.Parties.Any(party => party.Unit.FirstLevel.Id == b));

    [Fact]
    public async Task Item_1_Bac_Giang_and_Xaisomboun_agreement_plans_sub_level_instruments_and_commitments()
    {
        var graph = await Graph();

        var agreement = Between(graph, "VN-54", "LA-XS", InstrumentKind.Agreement, 2021);
        Assert.Equal(2025, agreement.Instrument.PeriodEnd);
        Assert.All(agreement.Parties, party => Assert.Equal(PartyLevel.ProvincialGovernment, party.Level));

        var plan481 = graph.InstrumentById["bac-giang-plan-481-kh-ubnd-2022"];
        Assert.Equal("481/KH-UBND", plan481.Instrument.Number);
        Assert.Equal(new DateOnly(2022, 8, 25), plan481.Instrument.SignedOn);
        Assert.Contains(plan481.Links, link => link.Type == LinkType.Implements && link.To == agreement);
        var plan667 = Assert.Single(plan481.Links, link => link.Type == LinkType.Replaces).To;
        Assert.Equal("667/KH-UBND", plan667.Instrument.Number);
        Assert.Null(plan667.Instrument.SignedOn);
        var conflict = Assert.Single(plan667.Conflicts);
        Assert.Equal("signed_on", conflict.Field);
        Assert.Equal(["2021-12-09", "2021-12-12"], conflict.Claims.Select(claim => claim.Value));
        Assert.NotEqual(conflict.Claims[0].Evidence[0].Document, conflict.Claims[1].Evidence[0].Document);

        var luc = graph.InstrumentById["luc-ngan-anouvong-agreement-2022"];
        Assert.Equal(InstrumentStatus.Planned, luc.Instrument.Status);
        Assert.Equal(["LA-XS-ANOUVONG", "VN-54-LUC-NGAN"], luc.Parties.Select(party => party.Unit.Id).Order());
        Assert.All(luc.Parties, party => Assert.Equal(PartyLevel.District, party.Level));
        var women = graph.InstrumentById["bac-giang-xaisomboun-womens-union-agreement-2022"];
        Assert.All(women.Parties, party => Assert.Equal(PartyLevel.WomensUnion, party.Level));
        Assert.Equal(InstrumentStatus.Planned, women.Instrument.Status);
        var police = graph.InstrumentById["bac-giang-xaisomboun-police-agreement"];
        Assert.All(police.Parties, party => Assert.Equal(PartyLevel.Police, party.Level));

        var commitments = plan481.Commitments.Select(c => c.Commitment).ToList();
        Assert.Contains(commitments, c => c.Kind == CommitmentKind.Budget && c.Amount == 33_400_000_000 && c.Unit == "VND");
        Assert.Contains(commitments, c => c.Kind == CommitmentKind.Equipment && c.Amount == 21 && c.Unit == "minor_surgery_kits");
        Assert.Contains(commitments, c => c.Kind == CommitmentKind.Project && c.Amount == 5 && c.Unit == "school_sites");
        Assert.Contains(commitments, c => c.Kind == CommitmentKind.Scholarships);
        Assert.Contains(commitments, c => c.Kind == CommitmentKind.Delegations);
        Assert.Contains(commitments, c => c.Kind == CommitmentKind.Experts);
        Assert.Contains(commitments, c => c.Kind == CommitmentKind.Training);
        Assert.All(plan481.Commitments, commitment => Assert.NotEmpty(commitment.Evidence));
    }

    [Fact]
    public async Task Item_2_Son_La_and_Xieng_Khouang_minutes_signatories_and_pledges()
    {
        var graph = await Graph();

        var minutes = Between(graph, "VN-05", "LA-XI", InstrumentKind.Minutes, 2022);
        Assert.Equal(2024, minutes.Instrument.PeriodEnd);
        Assert.Equal(new DateOnly(2022, 8, 16), minutes.Instrument.SignedOn);
        Assert.Equal(["Dang Ngoc Hau", "Sivilay Sengchalern"], minutes.People.Where(p => p.Role.Role == PersonRoleKind.Signatory).Select(p => p.Person.Name).Order());
        var pledges = minutes.Commitments.Select(c => c.Commitment).ToList();
        Assert.Contains(pledges, c => c.Kind == CommitmentKind.Project && c.Amount == 5_000_000_000 && c.Unit == "VND");
        Assert.Contains(pledges, c => c.Kind == CommitmentKind.Training && c.Amount == 2);
        Assert.Contains(pledges, c => c.Kind == CommitmentKind.Scholarships && c.Amount == 90);
        Assert.Contains(pledges, c => c.Kind == CommitmentKind.Grant && c.Amount == 200_000_000 && c.Unit == "VND");
        Assert.All(minutes.Commitments, c => Assert.Equal(("VN-05", "LA-XI"), (c.From?.Id, c.To?.Id)));
    }

    [Fact]
    public async Task Item_3_Son_La_and_Xaisomboun_minutes_after_talks_on_20_August()
    {
        var graph = await Graph();

        var minutes = Between(graph, "VN-05", "LA-XS", InstrumentKind.Minutes, 2022);

        Assert.Equal(2024, minutes.Instrument.PeriodEnd);
        Assert.Equal(new DateOnly(2022, 8, 20), minutes.Instrument.SignedOn);
        Assert.True(minutes.Instrument.Confidence < 1);
    }

    [Fact]
    public async Task Item_4_Binh_Phuoc_and_Champasak_MOU_renews_the_previous_one()
    {
        var graph = await Graph();

        var mou = Between(graph, "VN-58", "LA-CH", InstrumentKind.Mou, 2022);
        Assert.Equal(2026, mou.Instrument.PeriodEnd);
        Assert.Equal(new DateOnly(2022, 8, 22), mou.Instrument.SignedOn);
        var renewed = Assert.Single(mou.Links, link => link.Type == LinkType.Renews).To;
        Assert.Equal((2017, 2022), (renewed.Instrument.PeriodStart, renewed.Instrument.PeriodEnd));
        Assert.True(renewed.Instrument.Background);
        Assert.Equal(["Tran Tue Hien", "Vilayvong Butdakham"], mou.People.Where(p => p.Role.Role == PersonRoleKind.Signatory).Select(p => p.Person.Name).Order());
        var scholarships = Assert.Single(graph.Commitments, c => c.From?.Id == "LA-CH" && c.To?.Id == "VN-58");
        Assert.Equal((CommitmentKind.Scholarships, 2L), (scholarships.Commitment.Kind, scholarships.Commitment.Amount));
    }

    [Fact]
    public async Task Item_5_Joint_Working_Committee_13th_conference_online()
    {
        var graph = await Graph();

        var committee = Assert.Single(graph.Mechanisms);
        Assert.Equal(["CN-GX", "VN-03", "VN-04", "VN-09", "VN-13"], committee.Members.Select(m => m.Unit.Id).Order());
        var session = Assert.Single(committee.Sessions);
        Assert.Equal(13, session.Session.Ordinal);
        Assert.Equal(new DateOnly(2022, 2, 25), session.Session.HeldOn);
        Assert.Equal(SessionMode.Online, session.Session.Mode);
    }

    [Theory]
    [InlineData("VN-24", "LA-KH", InstrumentKind.Mou, PartyLevel.Court)]
    [InlineData("VN-29", "LA-CH", InstrumentKind.Other, PartyLevel.FatherlandFront)]
    [InlineData("VN-25", "LA-SV", InstrumentKind.Other, PartyLevel.ProvincialGovernment)]
    [InlineData("VN-24", "LA-SV", InstrumentKind.Other, PartyLevel.ProvincialGovernment)]
    [InlineData("VN-2025-VINH-LONG", "JP-38", InstrumentKind.Mou, PartyLevel.ProvincialGovernment)]
    [InlineData("VN-2025-CAN-THO", "LA-CH", InstrumentKind.Award, PartyLevel.ProvincialGovernment)]
    public async Task Item_6_related_news_summaries_are_lower_confidence_facts(string vietnamese, string foreign, InstrumentKind kind, PartyLevel level)
    {
        var graph = await Graph();

        var instrument = Between(graph, vietnamese, foreign, kind);

        Assert.True(instrument.Instrument.Confidence < 1);
        Assert.All(instrument.Parties, party => Assert.Equal(level, party.Level));
        Assert.NotEmpty(instrument.Evidence);
    }

    [Fact]
    public async Task Item_7_distractors_are_not_facts()
    {
        var graph = await Graph();

        var parties = graph.Instruments.SelectMany(instrument => instrument.Parties).Select(party => party.Unit).ToList();

        Assert.DoesNotContain(parties, unit => unit.Id == "VN-27");
        Assert.All(graph.Instruments, instrument => Assert.True(instrument.Parties.Select(party => party.Unit.Country).Distinct().Count() >= 2, $"{instrument.Id} is not a foreign relation"));
        Assert.All(parties, unit => Assert.Contains(unit.Country.Code, (string[])["VN", "LA", "CN", "JP"]));
        Assert.DoesNotContain(graph.Instruments, instrument => instrument.Instrument.Title.Contains("Russia", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>design.md, item 6: the default answer to the headline question, and what a lower threshold adds.</summary>
    [Fact]
    public async Task Lao_provinces_with_several_Vietnamese_partners_by_default_is_Xaisomboun_with_Bac_Giang_and_Son_La()
    {
        var graph = await Graph();

        var result = graph.ProvincesWithSeveralPartners("LA", "VN", 2, null, null);

        var xaisomboun = Assert.Single(result);
        Assert.Equal("LA-XS", xaisomboun.Province.Id);
        Assert.Equal(["VN-05", "VN-54"], xaisomboun.Partners.Select(p => p.Partner.Id).Order());
        var sonLa = xaisomboun.Partners.Single(p => p.Partner.Id == "VN-05");
        Assert.Equal([SourceKind.RelatedSummary], sonLa.Sources);
        Assert.True(sonLa.Confidence is >= PartnershipPolicy.DefaultMinConfidence and < 1);
    }

    [Fact]
    public async Task Headline_only_items_appear_when_the_confidence_threshold_is_lowered_and_the_award_never_makes_a_partnership()
    {
        var graph = await Graph();
        var lowered = new PartnershipFilter { PartnerCountry = "VN", Policy = PartnershipPolicy.Default with { MinConfidence = 0.5 } };

        var result = graph.ProvincesWithSeveralPartners("LA", 2, lowered);

        Assert.Equal(["LA-CH", "LA-SV", "LA-XS"], result.Select(r => r.Province.Id).Order());
        Assert.Equal(["VN-24", "VN-25"], result.Single(r => r.Province.Id == "LA-SV").Partners.Select(p => p.Partner.Id).Order());
        var champasak = result.Single(r => r.Province.Id == "LA-CH").Partners;
        Assert.Equal(["VN-29", "VN-58"], champasak.Select(p => p.Partner.Id).Order());
        Assert.Equal([SourceKind.RelatedHeadline], champasak.Single(p => p.Partner.Id == "VN-29").Sources);
        Assert.DoesNotContain(graph.PartnersOf(graph.Directory.FindById("LA-CH")!, lowered with { Policy = PartnershipPolicy.Widest }), p => p.Partner.Id == "VN-2025-CAN-THO");
    }

    [Fact]
    public async Task Facts_known_only_from_a_headline_stay_below_the_default_threshold()
    {
        var graph = await Graph();

        var headlines = graph.Instruments.Where(instrument => instrument.Instrument.Source == SourceKind.RelatedHeadline).ToList();

        Assert.NotEmpty(headlines);
        Assert.All(headlines, instrument => Assert.True(instrument.Instrument.Confidence < PartnershipPolicy.DefaultMinConfidence, instrument.Id));
    }
}
