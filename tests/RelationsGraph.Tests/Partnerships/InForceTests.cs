using RelationsGraph.Snapshots;
using Xunit;

namespace RelationsGraph.Tests.Partnerships;

/// <summary>When an instrument was in force follows from its sourced dates, periods and links.</summary>
public sealed class InForceTests
{
    [Theory]
    [InlineData("bac-giang-xaisomboun-agreement-2021-2025", "2021-01-01", "2025-12-31")]
    [InlineData("bac-giang-plan-481-kh-ubnd-2022", "2022-08-25", "2025-12-31")]
    [InlineData("bac-giang-plan-667-kh-ubnd-2021", "2021-12-12", "2022-08-24")]
    [InlineData("binh-phuoc-champasak-mou-2017-2022", "2017-01-01", "2022-08-21")]
    [InlineData("binh-phuoc-champasak-mou-2022-2026", "2022-08-22", "2026-12-31")]
    [InlineData("son-la-xieng-khouang-minutes-2022-2024", "2022-08-16", "2024-12-31")]
    public async Task Instrument_is_in_force_over_the_range_its_sources_give(string id, string from, string to)
    {
        var graph = await SeedGraph.LoadAsync();

        var range = graph.InstrumentById[id].InForce;

        Assert.Equal(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), range?.From);
        Assert.Equal(DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), range?.To);
    }

    [Fact]
    public async Task Where_sources_disagree_on_the_date_the_days_between_the_claims_are_disputed()
    {
        var graph = await SeedGraph.LoadAsync();
        var plan667 = graph.InstrumentById["bac-giang-plan-667-kh-ubnd-2021"];

        Assert.Equal(new DateRange(new DateOnly(2021, 12, 9), new DateOnly(2022, 8, 24)), plan667.PossiblyInForce);
        Assert.Equal([new DateRange(new DateOnly(2021, 12, 9), new DateOnly(2021, 12, 11))], plan667.DisputedDays());
        Assert.Equal(InForceStatus.NotInForce, plan667.InForceOn(new DateOnly(2021, 12, 8)));
        Assert.Equal(InForceStatus.Disputed, plan667.InForceOn(new DateOnly(2021, 12, 9)));
        Assert.Equal(InForceStatus.Disputed, plan667.InForceOn(new DateOnly(2021, 12, 11)));
        Assert.Equal(InForceStatus.InForce, plan667.InForceOn(new DateOnly(2021, 12, 12)));
        Assert.Empty(graph.InstrumentById["bac-giang-plan-481-kh-ubnd-2022"].DisputedDays());
        Assert.Equal(InForceStatus.Undated, graph.InstrumentById["vinh-long-ehime-mou"].InForceOn(new DateOnly(2024, 1, 1)));
    }

    [Theory]
    [InlineData("luc-ngan-anouvong-agreement-2022")]
    [InlineData("bac-giang-xaisomboun-police-agreement")]
    [InlineData("vinh-long-ehime-mou")]
    public async Task Planned_or_undated_instrument_has_no_range(string id)
    {
        var graph = await SeedGraph.LoadAsync();

        Assert.Null(graph.InstrumentById[id].InForce);
    }

    [Fact]
    public async Task Mechanism_works_from_its_first_sourced_session()
    {
        var graph = await SeedGraph.LoadAsync();

        Assert.Equal(new DateOnly(2022, 2, 25), Assert.Single(graph.Mechanisms).Active?.From);
    }
}
