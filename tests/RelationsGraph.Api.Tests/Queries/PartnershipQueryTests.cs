using Xunit;

namespace RelationsGraph.Api.Tests.Queries;

public sealed class PartnershipQueryTests(ApiServer server)
{
    private const string Query = """
        query($country: String!, $partner: String!, $min: Int, $asOf: Date, $levels: [PartyLevel!], $minConfidence: Float = 0.7, $kinds: [InstrumentKind!]) {
          provincesWithSeveralPartners(country: $country, partnerCountry: $partner, minPartners: $min, asOf: $asOf, levels: $levels, minConfidence: $minConfidence, kinds: $kinds) {
            province { id name } partnerCount
            partners { partner { id name } instruments { kind title signedOn periodStart periodEnd evidence { document { title } start end } } }
          }
        }
        """;

    [Fact]
    public async Task Lao_provinces_with_several_Vietnamese_partners_are_Xaisomboun_by_default_and_Champasak_and_Savannakhet_from_headlines()
    {
        using var client = server.CreateGraphQLClient();

        var byDefault = await client.QueryAsync(Query, new { country = "LA", partner = "VN" });
        var data = await client.QueryAsync(Query, new { country = "LA", partner = "VN", minConfidence = 0.5 });

        Assert.Equal(["LA-XS"], byDefault["provincesWithSeveralPartners"].Array().Select(r => r?["province"]?["id"].Text()));
        var results = data["provincesWithSeveralPartners"].Array();
        Assert.Equal(["LA-CH", "LA-SV", "LA-XS"], results.Select(r => r?["province"]?["id"].Text()).Order());
        Assert.DoesNotContain("Can Tho", results.Single(r => r?["province"]?["id"].Text() == "LA-CH")?["partners"].Array().Select(p => p?["partner"]?["name"].Text())!);
        var xaisomboun = results.Single(r => r?["province"]?["id"].Text() == "LA-XS");
        Assert.Equal(2, xaisomboun?["partnerCount"]?.GetValue<int>());
        Assert.Equal(["Bac Giang", "Son La"], xaisomboun?["partners"].Array().Select(p => p?["partner"]?["name"].Text()));
        Assert.All(results, r => Assert.All(r?["partners"].Array()!, p => Assert.All(p?["instruments"].Array()!, i => Assert.NotEmpty(i?["evidence"].Array()!))));
    }

    [Fact]
    public async Task Results_are_ordered_by_partner_count()
    {
        using var client = server.CreateGraphQLClient();

        var data = await client.QueryAsync(Query, new
        {
            country = "LA",
            partner = "VN",
            minConfidence = 0.5,
            kinds = new[] { "AGREEMENT", "MOU", "MINUTES", "JOINT_STATEMENT", "JOINT_COMMITTEE", "OTHER", "AWARD" },
        });

        var counts = data["provincesWithSeveralPartners"].Array().Select(r => r?["partnerCount"]?.GetValue<int>() ?? 0).ToList();
        Assert.Equal(counts.OrderDescending(), counts);
        Assert.Equal(3, counts[0]);
    }

    [Fact]
    public async Task Levels_restrict_the_partnerships_that_count()
    {
        using var client = server.CreateGraphQLClient();

        var government = await client.QueryAsync(Query, new { country = "LA", partner = "VN", min = 1, levels = new[] { "PROVINCIAL_GOVERNMENT" } });
        var police = await client.QueryAsync(Query, new { country = "LA", partner = "VN", min = 1, levels = new[] { "POLICE" } });
        var front = await client.QueryAsync(Query, new { country = "LA", partner = "VN", min = 1, levels = new[] { "FATHERLAND_FRONT" }, minConfidence = 0.5 });

        var champasak = government["provincesWithSeveralPartners"].Array().Single(r => r?["province"]?["id"].Text() == "LA-CH");
        Assert.Equal(["Binh Phuoc"], champasak?["partners"].Array().Select(p => p?["partner"]?["name"].Text()));
        var policeOnly = Assert.Single(police["provincesWithSeveralPartners"].Array());
        Assert.Equal("LA-XS", policeOnly?["province"]?["id"].Text());
        Assert.Equal(["Bac Giang"], policeOnly?["partners"].Array().Select(p => p?["partner"]?["name"].Text()));
        Assert.Equal(["Quang Ngai"], front["provincesWithSeveralPartners"].Array().Single()?["partners"].Array().Select(p => p?["partner"]?["name"].Text()));
    }

    [Fact]
    public async Task As_of_a_date_only_instruments_in_force_count()
    {
        using var client = server.CreateGraphQLClient();

        var in2023 = await client.QueryAsync(Query, new { country = "LA", partner = "VN", asOf = "2023-06-01" });
        var in2019 = await client.QueryAsync(Query, new { country = "LA", partner = "VN", min = 1, asOf = "2019-06-01" });

        var xaisomboun = Assert.Single(in2023["provincesWithSeveralPartners"].Array());
        Assert.Equal("LA-XS", xaisomboun?["province"]?["id"].Text());
        var only2019 = Assert.Single(in2019["provincesWithSeveralPartners"].Array());
        Assert.Equal("LA-CH", only2019?["province"]?["id"].Text());
        Assert.Equal("Memorandum of understanding on cooperation between Binh Phuoc and Champasak provinces, 2017-2022", only2019?["partners"]?[0]?["instruments"]?[0]?["title"].Text());
    }

    [Fact]
    public async Task Mechanism_members_partner_with_the_foreign_member()
    {
        using var client = server.CreateGraphQLClient();

        var data = await client.QueryAsync("""
            { provincesWithSeveralPartners(country: "CN", partnerCountry: "VN") { province { id } partnerCount partners { partner { name } mechanisms { name } sessions { ordinal heldOn mode } } } }
            """);

        var guangxi = Assert.Single(data["provincesWithSeveralPartners"].Array());
        Assert.Equal("CN-GX", guangxi?["province"]?["id"].Text());
        Assert.Equal(["Cao Bang", "Ha Giang", "Lang Son", "Quang Ninh"], guangxi?["partners"].Array().Select(p => p?["partner"]?["name"].Text()));
        var session = guangxi?["partners"]?[0]?["sessions"]?[0];
        Assert.Equal(13, session?["ordinal"]?.GetValue<int>());
        Assert.Equal("2022-02-25", session?["heldOn"].Text());
        Assert.Equal("ONLINE", session?["mode"].Text());
    }

    [Fact]
    public async Task Unknown_country_is_a_clear_error_and_a_country_name_is_accepted()
    {
        using var client = server.CreateGraphQLClient();

        var response = await client.PostAsync(Query, new { country = "Atlantis", partner = "VN" });
        var byName = await client.QueryAsync(Query, new { country = "Laos", partner = "Việt Nam" });

        Assert.Contains("ISO 3166-1 alpha-2", response.FirstErrorMessage, StringComparison.Ordinal);
        Assert.Equal("UNKNOWN_VALUE", response.Errors?[0]?["extensions"]?["code"].Text());
        Assert.Equal(["LA-XS"], byName["provincesWithSeveralPartners"].Array().Select(r => r?["province"]?["id"].Text()));
    }

    [Fact]
    public async Task Min_partners_below_one_is_a_clear_error()
    {
        using var client = server.CreateGraphQLClient();

        var response = await client.PostAsync(Query, new { country = "LA", partner = "VN", min = 0 });

        Assert.Contains("minPartners", response.FirstErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Partnerships_roll_predecessors_up_into_their_2025_successors()
    {
        using var client = server.CreateGraphQLClient();

        var data = await client.QueryAsync("""
            { partnerships(country: "VN", partnerCountry: "LA", rollUpPredecessors: true, minConfidence: 0.5) { nodes { province { id } partner { id } inheritedFrom { id } } } }
            """);

        var pairs = data["partnerships"]!["nodes"].Array().Select(p => $"{p?["province"]?["id"].Text()}>{p?["partner"]?["id"].Text()}").ToList();
        Assert.Contains("VN-2025-BAC-NINH>LA-XS", pairs);
        Assert.Contains("VN-2025-DONG-NAI>LA-CH", pairs);
        Assert.Contains("VN-2025-QUANG-TRI>LA-SV", pairs);
        Assert.Contains("VN-2025-QUANG-TRI>LA-KH", pairs);
        Assert.Contains("VN-05>LA-XI", pairs);
        Assert.DoesNotContain(pairs, pair => pair.StartsWith("VN-54>", StringComparison.Ordinal));
    }
}
