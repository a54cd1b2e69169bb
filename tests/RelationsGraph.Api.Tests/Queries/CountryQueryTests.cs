using Xunit;

namespace RelationsGraph.Api.Tests.Queries;

/// <summary>Countries and their units over real HTTP: countries, country(code:) and its province(name:), provinces(country:).</summary>
public sealed class CountryQueryTests(ApiServer server)
{
    [Fact]
    public async Task Countries_lists_every_iso_3166_1_country()
    {
        using var client = server.CreateGraphQLClient();

        var data = await client.QueryAsync("{ countries { code name nameVi } }");

        var countries = data["countries"].Array();
        Assert.Equal(249, countries.Count);
        Assert.Contains(countries, country => country?["code"].Text() == "FR" && country["nameVi"].Text() == "Pháp");
        Assert.Contains(countries, country => country?["code"].Text() == "LA" && country["name"].Text() == "Laos");
    }

    [Theory]
    [InlineData("LA")]
    [InlineData("la")]
    [InlineData("LAO")]
    public async Task Country_is_found_by_its_alpha_2_or_alpha_3_code(string code)
    {
        using var client = server.CreateGraphQLClient();

        var data = await client.QueryAsync("query($c: String!) { country(code: $c) { code alpha3 name nameVi names adjectives } }", new { c = code });

        var country = data["country"];
        Assert.Equal("LA", country?["code"].Text());
        Assert.Equal("LAO", country?["alpha3"].Text());
        Assert.Equal("Lào", country?["nameVi"].Text());
        Assert.Contains("Lao PDR", country!["names"].Array().Select(name => name.Text()));
        Assert.Contains("Laotian", country["adjectives"].Array().Select(name => name.Text()));
    }

    [Fact]
    public async Task Unknown_country_is_null_without_error()
    {
        using var client = server.CreateGraphQLClient();

        var data = await client.QueryAsync("{ country(code: \"XX\") { code } }");

        Assert.Null(data["country"]);
    }

    [Fact]
    public async Task Country_lists_its_first_level_units_with_types_and_names()
    {
        using var client = server.CreateGraphQLClient();

        var data = await client.QueryAsync("""{ country(code: "FR") { provinces(asOf: "2026-01-01") { id name nameVi nameLocal type } } }""");

        var provinces = data["country"]!["provinces"].Array();
        Assert.Equal(18, provinces.Count);
        var idf = Assert.Single(provinces, province => province?["id"].Text() == "FR-IDF");
        Assert.Equal(("Ile-de-France", "Île-de-France", "metropolitan_region"), (idf?["name"].Text(), idf?["nameVi"].Text(), idf?["type"].Text()));
    }

    [Fact]
    public async Task Provinces_of_a_country_include_russias_oblasts_and_republics()
    {
        using var client = server.CreateGraphQLClient();

        var data = await client.QueryAsync("""{ provinces(country: "RU") { totalCount nodes { id name type } } }""");

        var provinces = data["provinces"]!["nodes"].Array();
        Assert.Equal(83, provinces.Count);
        Assert.Equal(83, data["provinces"]!["totalCount"]!.GetValue<int>());
        Assert.Contains(provinces, province => province?["id"].Text() == "RU-ROS" && province["type"].Text() == "administrative_region");
        Assert.Contains(provinces, province => province?["id"].Text() == "RU-BA" && province["name"].Text() == "Bashkortostan");
    }

    [Theory]
    [InlineData("Punjab", "PK", "PK-PB")]
    [InlineData("Punjab", "IN", "IN-PB")]
    [InlineData("Limburg", "BE", "BE-VLI")]
    [InlineData("Central", "LK", "LK-2")]
    [InlineData("Georgia", "US", "US-GA")]
    public async Task Province_in_a_country_resolves_a_shared_name(string name, string country, string expected)
    {
        using var client = server.CreateGraphQLClient();

        var data = await client.QueryAsync("query($n: String!, $c: String!) { country(code: $c) { province(name: $n) { id country { code } } } }", new { n = name, c = country });

        Assert.Equal(expected, data["country"]?["province"]?["id"].Text());
        Assert.Equal(country, data["country"]?["province"]?["country"]?["code"].Text());
    }

    [Theory]
    [InlineData("Central")]
    [InlineData("Nord")]
    [InlineData("Centre")]
    public async Task Generic_name_without_a_country_is_null(string name)
    {
        using var client = server.CreateGraphQLClient();

        var data = await client.QueryAsync("query($n: String!) { province(name: $n) { id } }", new { n = name });

        Assert.Null(data["province"]);
    }

    [Fact]
    public async Task Former_region_leads_to_its_successor()
    {
        using var client = server.CreateGraphQLClient();

        var data = await client.QueryAsync("""{ province(name: "Aquitaine") { id validTo successors { province { id name } effectiveOn } } }""");

        Assert.Equal("FR-B", data["province"]?["id"].Text());
        Assert.Equal("2015-12-31", data["province"]?["validTo"].Text());
        var successor = Assert.Single(data["province"]!["successors"].Array());
        Assert.Equal(("FR-NAQ", "2016-01-01"), (successor?["province"]?["id"].Text(), successor?["effectiveOn"].Text()));
    }
}
