using System.Text.Json.Nodes;
using Xunit;

namespace RelationsGraph.Api.Tests.Answers;

/// <summary>What counts as a partnership, over HTTP, on the test seed: kinds, confidence, review, and how each is known.</summary>
public sealed class PartnershipRuleTests(AnswersApi api)
{
    private const string Several = """
        query($min: Int = 2, $minConfidence: Float, $kinds: [InstrumentKind!], $unreviewed: Boolean) {
          provincesWithSeveralPartners(country: "LA", partnerCountry: "VN", minPartners: $min, minConfidence: $minConfidence, kinds: $kinds, includeUnreviewed: $unreviewed) {
            province { id }
            partners { partner { name } source sources confidence reviewed instruments { id source confidence reviewed countsAsPartnership } }
          }
        }
        """;

    private static Dictionary<string, string[]> PartnersByProvince(JsonNode data) =>
        data["provincesWithSeveralPartners"].Array().ToDictionary(
            result => result!["province"]!["id"].Text(),
            result => result!["partners"].Array().Select(p => p!["partner"]!["name"].Text()).ToArray());

    [Fact]
    public async Task By_default_only_reviewed_cooperation_instruments_of_confidence_0_7_or_more_count()
    {
        using var client = api.CreateGraphQLClient();

        var data = await client.QueryAsync(Several);

        Assert.Equal(new Dictionary<string, string[]> { ["LA-XS"] = ["Bac Giang", "Son La"] }, PartnersByProvince(data));
        var partners = data["provincesWithSeveralPartners"]![0]!["partners"].Array();
        var bacGiang = partners.Single(p => p!["partner"]!["name"].Text() == "Bac Giang");
        Assert.Equal("OFFICIAL_DOCUMENT", bacGiang!["source"].Text());
        Assert.Equal(1.0, bacGiang["confidence"]!.GetValue<double>());
        Assert.DoesNotContain("t-bac-giang-survey-visit", bacGiang["instruments"].Strings("id"));
        Assert.Equal(["t-bac-giang-xaisomboun-agreement", "t-bac-giang-plan-12", "t-bac-giang-plan-34"], bacGiang["instruments"].Strings("id"));
        // The minutes are known from a related-news summary (0.8); Son La's plan implementing them is an official
        // document, but no surer than the minutes it rests on.
        var sonLa = partners.Single(p => p!["partner"]!["name"].Text() == "Son La");
        Assert.Equal((0.8, true), (sonLa!["confidence"]!.GetValue<double>(), sonLa["reviewed"]!.GetValue<bool>()));
        Assert.Equal(["OFFICIAL_DOCUMENT", "RELATED_SUMMARY"], sonLa["sources"].Array().Select(source => source.Text()));
        Assert.Equal([0.8, 0.8], sonLa["instruments"].Array().Select(i => i!["id"].Text() == "t-son-la-plan-34" ? 0.8 : i["confidence"]!.GetValue<double>()));
    }

    [Fact]
    public async Task Lowering_the_threshold_adds_headline_only_partnerships_but_never_the_award()
    {
        using var client = api.CreateGraphQLClient();

        var data = await client.QueryAsync(Several, new { minConfidence = 0.5 });

        var partners = PartnersByProvince(data);
        Assert.Equal(["Binh Phuoc", "Quang Ngai"], partners["LA-CH"]);
        Assert.Equal(["Quang Binh", "Quang Tri"], partners["LA-SV"]);
        Assert.Equal(["Bac Giang", "Son La"], partners["LA-XS"]);
        var headline = data["provincesWithSeveralPartners"].Array().Single(r => r!["province"]!["id"].Text() == "LA-SV")!["partners"]![0];
        Assert.Equal(("RELATED_HEADLINE", 0.6), (headline!["source"].Text(), headline["confidence"]!.GetValue<double>()));
        Assert.All(headline["instruments"].Array(), instrument => Assert.False(instrument!["countsAsPartnership"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task Events_count_only_when_their_kinds_are_asked()
    {
        using var client = api.CreateGraphQLClient();

        var awards = await client.QueryAsync(Several, new { min = 1, minConfidence = 0.5, kinds = new[] { "AWARD" } });
        var visits = await client.QueryAsync("""{ province(name: "Bac Giang") { partners(kinds: [VISIT]) { instruments { id kind } } } }""");

        Assert.Equal(new Dictionary<string, string[]> { ["LA-CH"] = ["Can Tho"] }, PartnersByProvince(awards));
        Assert.Equal(["t-bac-giang-survey-visit"], visits["province"]!["partners"]![0]!["instruments"].Strings("id"));
    }

    [Fact]
    public async Task A_plan_counts_through_the_instrument_it_implements()
    {
        using var client = api.CreateGraphQLClient();

        var data = await client.QueryAsync("""
            { province(name: "Xaisomboun") {
                agreements: partners(kinds: [AGREEMENT]) { partner { name } instruments { id } }
                minutes: partners(kinds: [MINUTES]) { partner { name } instruments { id } }
                memoranda: partners(kinds: [MOU]) { partner { name } } } }
            """);

        var agreements = Assert.Single(data["province"]!["agreements"].Array());
        Assert.Equal(["t-bac-giang-xaisomboun-agreement", "t-bac-giang-plan-12", "t-bac-giang-plan-34"], agreements!["instruments"].Strings("id"));
        Assert.Equal(["t-son-la-xaisomboun-minutes", "t-son-la-plan-34"], Assert.Single(data["province"]!["minutes"].Array())!["instruments"].Strings("id"));
        Assert.Empty(data["province"]!["memoranda"].Array());
    }

    [Fact]
    public async Task Unreviewed_facts_count_only_with_includeUnreviewed()
    {
        using var client = api.CreateGraphQLClient();

        var data = await client.QueryAsync("""
            { province(name: "Savannakhet") {
                reviewed: partners { partner { name } }
                all: partners(includeUnreviewed: true) { partner { name } reviewed instruments { id reviewed } } } }
            """);

        Assert.Empty(data["province"]!["reviewed"].Array());
        var sonLa = Assert.Single(data["province"]!["all"].Array());
        Assert.Equal("Son La", sonLa!["partner"]!["name"].Text());
        Assert.False(sonLa["reviewed"]!.GetValue<bool>());
        Assert.False(sonLa["instruments"]![0]!["reviewed"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Mechanism_partnerships_list_only_the_sessions_that_count()
    {
        using var client = api.CreateGraphQLClient();

        var data = await client.QueryAsync("""
            { province(name: "Guangxi") {
                reviewed: partners { partner { name } mechanisms { id } sessions { ordinal reviewed source confidence } }
                all: partners(includeUnreviewed: true) { sessions { ordinal } } } }
            """);

        var langSon = Assert.Single(data["province"]!["reviewed"].Array());
        Assert.Equal("Lang Son", langSon!["partner"]!["name"].Text());
        var session = Assert.Single(langSon["sessions"].Array());
        Assert.Equal((1, true, "ARTICLE", 1.0), (session!["ordinal"]!.GetValue<int>(), session["reviewed"]!.GetValue<bool>(), session["source"].Text(), session["confidence"]!.GetValue<double>()));
        Assert.Equal([1, 2], data["province"]!["all"]![0]!["sessions"].Array().Select(s => s!["ordinal"]!.GetValue<int>()));
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    public async Task Min_confidence_outside_zero_to_one_is_a_clear_error(double minConfidence)
    {
        using var client = api.CreateGraphQLClient();

        var response = await client.PostAsync(Several, new { minConfidence });

        Assert.Equal("INVALID_CONFIDENCE", response.Errors?[0]?["extensions"]?["code"].Text());
        Assert.Contains("from 0 to 1", response.FirstErrorMessage, StringComparison.Ordinal);
    }
}
