using Xunit;

namespace RelationsGraph.Api.Tests.Queries;

public sealed class ProvinceQueryTests(ApiServer server)
{
    [Theory]
    [InlineData("Xaisomboun")]
    [InlineData("Xaysomboun")]
    [InlineData("Xay Som Bun")]
    [InlineData("Xay Sổm Bun")]
    [InlineData("xay-som-bun")]
    [InlineData("XAISOMBOUN")]
    [InlineData("LA-XS")]
    [InlineData("Ｘａｙｓｏｍｂｏｕｎ")]
    [InlineData("LA\u2010XS")]
    [InlineData("LA\u2013XS")]
    public async Task Province_is_found_by_any_variant(string name)
    {
        using var client = server.CreateGraphQLClient();

        var data = await client.QueryAsync("query($n: String!) { province(name: $n) { id name nameVi country { code name } } }", new { n = name });

        Assert.Equal("LA-XS", data["province"]?["id"].Text());
        Assert.Equal("Xaisomboun", data["province"]?["name"].Text());
        Assert.Equal("Xay Sổm Bun", data["province"]?["nameVi"].Text());
        Assert.Equal("LA", data["province"]?["country"]?["code"].Text());
        Assert.Equal("Laos", data["province"]?["country"]?["name"].Text());
    }

    [Fact]
    public async Task Unknown_province_is_null_without_error()
    {
        using var client = server.CreateGraphQLClient();

        var data = await client.QueryAsync("{ province(name: \"Atlantis\") { id } }");

        Assert.Null(data["province"]);
    }

    [Fact]
    public async Task Name_shared_by_old_and_merged_unit_resolves_to_the_unit_that_exists_today()
    {
        using var client = server.CreateGraphQLClient();

        var data = await client.QueryAsync("""
            { province(name: "Bac Ninh") { id validFrom predecessors { province { id name } effectiveOn basis } } }
            """);

        Assert.Equal("VN-2025-BAC-NINH", data["province"]?["id"].Text());
        Assert.Equal("2025-07-01", data["province"]?["validFrom"].Text());
        Assert.Equal(["Bac Giang", "Bac Ninh"], data["province"]?["predecessors"].Array().Select(p => p?["province"]?["name"].Text()).Order());
        Assert.All(data["province"]?["predecessors"].Array()!, p => Assert.Equal("Resolution 202/2025/QH15", p?["basis"].Text()));
    }

    [Fact]
    public async Task Province_partners_list_instruments_periods_fields_levels_and_evidence()
    {
        using var client = server.CreateGraphQLClient();

        var data = await client.QueryAsync("""
            { province(name: "Bắc Giang") { partners { partner { id } levels instruments { id kind periodStart periodEnd fields { code } evidence { document { title } start end quote } } } } }
            """);

        var partnership = Assert.Single(data["province"]?["partners"].Array()!);
        Assert.Equal("LA-XS", partnership?["partner"]?["id"].Text());
        Assert.Contains("POLICE", partnership?["levels"].Array().Select(level => level.Text())!);
        var agreement = partnership?["instruments"].Array().Single(i => i?["id"].Text() == "bac-giang-xaisomboun-agreement-2021-2025");
        Assert.Equal(2021, agreement?["periodStart"]?.GetValue<int>());
        Assert.Equal(2025, agreement?["periodEnd"]?.GetValue<int>());
        Assert.Contains("agriculture", agreement?["fields"].Strings("code")!);
        Assert.All(agreement?["evidence"].Array()!, evidence => Assert.False(string.IsNullOrEmpty(evidence?["quote"].Text())));
    }

    [Fact]
    public async Task Partners_as_of_a_date_after_the_merger_are_attributed_to_the_merged_unit()
    {
        using var client = server.CreateGraphQLClient();

        var data = await client.QueryAsync("""
            { province(name: "Xaisomboun") {
                before: partners(asOf: "2024-06-01") { partner { id } }
                after: partners(asOf: "2025-09-01") { partner { id } inheritedFrom { id } }
                rolled: partners(rollUpPredecessors: true) { partner { id } inheritedFrom { id } } } }
            """);

        Assert.Equal(["VN-05", "VN-54"], data["province"]?["before"].Array().Select(p => p?["partner"]?["id"].Text()).Order());
        var after = data["province"]?["after"].Array()!;
        Assert.Equal(["VN-2025-BAC-NINH"], after.Select(p => p?["partner"]?["id"].Text()));
        Assert.Equal("VN-54", after.Single(p => p?["partner"]?["id"].Text() == "VN-2025-BAC-NINH")?["inheritedFrom"]?[0]?["id"].Text());
        Assert.Contains("VN-2025-BAC-NINH", data["province"]?["rolled"].Array().Select(p => p?["partner"]?["id"].Text())!);
    }

    [Fact]
    public async Task Provinces_search_finds_units_by_part_of_any_name()
    {
        using var client = server.CreateGraphQLClient();

        var data = await client.QueryAsync("""{ provinces(search: "vientiane") { nodes { id } } lao: provinces(country: "LA") { totalCount } now: provinces(country: "VN", asOf: "2025-07-01", first: 1000) { totalCount nodes { id } } }""");

        Assert.Equal(["LA-VI", "LA-VT"], data["provinces"]?["nodes"].Strings("id").Order());
        Assert.Equal(18, data["lao"]?["totalCount"]?.GetValue<int>());
        Assert.Equal(34, data["now"]?["nodes"].Array().Count);
    }
}
