using RelationsGraph.Facts;
using RelationsGraph.Partnerships;
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
}
