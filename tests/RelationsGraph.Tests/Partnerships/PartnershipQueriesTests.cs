using System.Collections.Immutable;
using RelationsGraph.Facts;
using RelationsGraph.Gazetteer;
using RelationsGraph.Partnerships;
using RelationsGraph.Seed;
using RelationsGraph.Snapshots;
using RelationsGraph.Testing;
using Xunit;

namespace RelationsGraph.Tests.Partnerships;

public sealed class PartnershipQueriesTests
{
    [Fact]
    public async Task All_time_partners_are_the_parties_as_they_were()
    {
        var graph = await SeedGraph.LoadAsync();

        var partners = graph.PartnersOf(graph.Directory.FindById("LA-XS")!, PartnershipFilter.AllTime);

        Assert.Equal(["Bac Giang", "Son La"], partners.Select(p => p.Partner.Name));
        Assert.All(partners, p => Assert.Empty(p.InheritedFrom));
    }

    [Fact]
    public async Task Planned_instruments_do_not_make_a_partnership()
    {
        var graph = await SeedGraph.LoadAsync();

        var district = graph.PartnersOf(graph.Directory.FindById("LA-XS")!, new PartnershipFilter { Levels = [PartyLevel.District] });
        var womensUnion = graph.PartnersOf(graph.Directory.FindById("LA-XS")!, new PartnershipFilter { Levels = [PartyLevel.WomensUnion] });

        Assert.Empty(district);
        Assert.Empty(womensUnion);
    }

    [Fact]
    public async Task As_of_a_date_a_partnership_of_a_merged_province_belongs_to_its_successor()
    {
        var graph = await SeedGraph.LoadAsync();

        var partners = graph.PartnersOf(graph.Directory.FindById("LA-CH")!, new PartnershipFilter { AsOf = new DateOnly(2025, 9, 1) });

        var dongNai = Assert.Single(partners);
        Assert.Equal("VN-2025-DONG-NAI", dongNai.Partner.Id);
        Assert.Equal(["VN-58"], dongNai.InheritedFrom.Select(unit => unit.Id));
    }

    [Fact]
    public async Task Successor_sees_its_predecessors_partnerships_when_rolled_up()
    {
        var graph = await SeedGraph.LoadAsync();
        var quangTri = graph.Directory.FindById("VN-2025-QUANG-TRI")!;

        var own = graph.PartnersOf(quangTri, PartnershipFilter.AllTime);
        var rolled = graph.PartnersOf(quangTri, new PartnershipFilter { Predecessors = PredecessorMode.RollUp, Policy = PartnershipPolicy.Default with { MinConfidence = 0.5 } });

        Assert.Empty(own);
        Assert.Equal(["LA-KH", "LA-SV"], rolled.Select(p => p.Partner.Id));
        Assert.Equal(["VN-24", "VN-25"], rolled.Single(p => p.Partner.Id == "LA-SV").InheritedFrom.Select(unit => unit.Id));
    }

    [Fact]
    public async Task Partner_country_filter_keeps_only_that_country()
    {
        var graph = await SeedGraph.LoadAsync();

        var japan = graph.Partnerships("VN", new PartnershipFilter { PartnerCountry = "JP", Policy = PartnershipPolicy.Default with { MinConfidence = 0.5 } });

        var only = Assert.Single(japan);
        Assert.Equal(("VN-2025-VINH-LONG", "JP-38"), (only.Subject.Id, only.Partner.Id));
    }

    [Fact]
    public async Task Min_partners_of_one_lists_every_province_with_a_partner()
    {
        var graph = await SeedGraph.LoadAsync();

        var byDefault = graph.ProvincesWithSeveralPartners("VN", "LA", 1, null, null);
        var headlinesToo = graph.ProvincesWithSeveralPartners("VN", 1, new PartnershipFilter { PartnerCountry = "LA", Policy = PartnershipPolicy.Default with { MinConfidence = 0.5 } });

        Assert.Equal(["VN-05", "VN-24", "VN-54", "VN-58"], byDefault.Select(r => r.Province.Id).Order(StringComparer.Ordinal));
        Assert.Equal(["VN-05", "VN-24", "VN-25", "VN-29", "VN-54", "VN-58"], headlinesToo.Select(r => r.Province.Id).Order(StringComparer.Ordinal));
        Assert.Equal(2, headlinesToo.Single(r => r.Province.Id == "VN-24").PartnerCount);
    }

    [Fact]
    public async Task Unknown_country_has_no_partners()
    {
        var graph = await SeedGraph.LoadAsync();

        Assert.Empty(graph.ProvincesWithSeveralPartners("US", "VN", 1, null, null));
    }

    [Fact]
    public async Task A_partner_country_question_answers_what_every_partnership_filtered_by_that_country_answers()
    {
        var graph = await SeedGraph.LoadAsync();

        var compared = AssertPartnerCountryAnswersAsFiltering(graph, "VN") + AssertPartnerCountryAnswersAsFiltering(graph, "LA");

        Assert.True(compared > 10, $"only {compared} partnerships compared");
    }

    [Fact]
    public async Task A_partner_succeeded_by_a_unit_of_another_country_counts_for_the_successors_country()
    {
        // Xaisomboun made part of Thailand's Bangkok from 2020: rolled up, its partnerships with Vietnamese provinces (Bac
        // Giang's now the merged Bac Ninh's) are Bangkok's, and a question about Thai partners finds them although the
        // ties name a Lao unit.
        var seed = await GraphSeedReader.ReadAsync(TestSeed.Path, TestContext.Current.CancellationToken);
        var effective = new DateOnly(2020, 1, 1);
        seed = seed with
        {
            Units = seed.Units.Select(unit => unit.Id == "LA-XS" ? unit with { ValidTo = effective.AddDays(-1) } : unit).ToImmutableArray(),
            Successions = seed.Successions.Add(new Succession("LA-XS", "TH-10", effective, "a border that moved, for this test")),
        };
        var graph = SnapshotBuilder.Build(seed, "graph-seed", "v", DateTimeOffset.UnixEpoch);

        var thai = graph.Partnerships("VN", new PartnershipFilter { PartnerCountry = "TH", Predecessors = PredecessorMode.RollUp });

        Assert.Equal([("VN-2025-BAC-NINH", "TH-10"), ("VN-05", "TH-10")], thai.Select(p => (p.Subject.Id, p.Partner.Id)));
        Assert.All(thai, p => Assert.Contains("LA-XS", p.InheritedFrom.Select(unit => unit.Id)));
        Assert.True(AssertPartnerCountryAnswersAsFiltering(graph, "VN") > 10);
    }

    /// <summary>
    /// For several filters: the partnerships of <paramref name="country"/> with one partner country, asked for, are
    /// those of every partner country with the others left out, in the same order; how many were compared.
    /// </summary>
    private static int AssertPartnerCountryAnswersAsFiltering(RelationSnapshot graph, string country)
    {
        var filters = new[]
        {
            PartnershipFilter.AllTime,
            new PartnershipFilter { AsOf = new DateOnly(2025, 9, 1) },
            new PartnershipFilter { AsOf = new DateOnly(2015, 1, 1), Predecessors = PredecessorMode.RollUp },
            new PartnershipFilter { Predecessors = PredecessorMode.RollUp, Policy = PartnershipPolicy.Widest },
            new PartnershipFilter { Levels = [PartyLevel.ProvincialGovernment], Policy = PartnershipPolicy.Default with { MinConfidence = 0.5 } },
        };
        var compared = 0;
        foreach (var filter in filters)
        {
            var every = graph.Partnerships(country, filter);
            foreach (var partnerCountry in every.Select(p => p.Partner.Country.Code).Append("FR").Append("XX").Distinct())
            {
                var expected = every.Where(p => p.Partner.Country.Code == partnerCountry).Select(Describe).ToList();
                var asked = graph.Partnerships(country, filter with { PartnerCountry = partnerCountry }).Select(Describe).ToList();
                Assert.Equal(expected, asked);
                var several = graph.ProvincesWithSeveralPartners(country, 1, filter with { PartnerCountry = partnerCountry })
                    .SelectMany(province => province.Partners)
                    .Select(Describe)
                    .Order(StringComparer.Ordinal);
                Assert.Equal(expected.Order(StringComparer.Ordinal), several);
                compared += expected.Count;
            }
        }

        return compared;
    }

    private static string Describe(Partnership p) =>
        string.Join(
            " | ",
            p.Subject.Id,
            p.Partner.Id,
            string.Join(",", p.Instruments.Select(instrument => instrument.Id)),
            string.Join(",", p.Mechanisms.Select(mechanism => mechanism.Id)),
            string.Join(",", p.Sessions.Select(session => session.Session.Id)),
            string.Join(",", p.InheritedFrom.Select(unit => unit.Id)),
            string.Join(",", p.Levels),
            string.Join(",", p.Sources),
            p.Confidence.ToString(System.Globalization.CultureInfo.InvariantCulture),
            p.Reviewed,
            p.InForce);
}
