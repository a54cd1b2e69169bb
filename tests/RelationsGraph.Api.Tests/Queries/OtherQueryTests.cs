using Xunit;

namespace RelationsGraph.Api.Tests.Queries;

public sealed class OtherQueryTests(ApiServer server)
{
    [Fact]
    public async Task Commitments_by_giver_and_receiver()
    {
        using var client = server.CreateGraphQLClient();

        var data = await client.QueryAsync("""
            { commitments(from: "Son La", to: "Xiêng Khoảng") { nodes { kind amount unit years instrument { id } evidence { quote } } } }
            """);

        var commitments = data["commitments"]?["nodes"].Array()!;
        Assert.Contains(commitments, c => c?["kind"].Text() == "PROJECT" && c?["amount"]?.GetValue<long>() == 5_000_000_000 && c?["unit"].Text() == "VND");
        Assert.Contains(commitments, c => c?["kind"].Text() == "TRAINING" && c?["amount"]?.GetValue<long>() == 2);
        Assert.Contains(commitments, c => c?["kind"].Text() == "SCHOLARSHIPS" && c?["amount"]?.GetValue<long>() == 90);
        Assert.Contains(commitments, c => c?["kind"].Text() == "GRANT" && c?["amount"]?.GetValue<long>() == 200_000_000);
        Assert.All(commitments, c => Assert.Equal("son-la-xieng-khouang-minutes-2022-2024", c?["instrument"]?["id"].Text()));
    }

    [Fact]
    public async Task Mechanisms_by_member_with_sessions()
    {
        using var client = server.CreateGraphQLClient();

        var data = await client.QueryAsync("""
            { mechanisms(member: "Quảng Tây") { id members { province { id } } sessions { ordinal heldOn mode people { name title } } } byCountry: mechanisms(country: "CN") { id } none: mechanisms(member: "Son La") { id } }
            """);

        var mechanism = Assert.Single(data["mechanisms"].Array());
        Assert.Equal(["CN-GX", "VN-03", "VN-04", "VN-09", "VN-13"], mechanism?["members"].Array().Select(m => m?["province"]?["id"].Text()).Order());
        Assert.Contains("Doan Thu Ha", mechanism?["sessions"]?[0]?["people"].Strings("name")!);
        Assert.Single(data["byCountry"].Array());
        Assert.Empty(data["none"].Array());
    }

    [Fact]
    public async Task Documents_countries_fields_conflicts_and_graph_info()
    {
        using var client = server.CreateGraphQLClient();

        var data = await client.QueryAsync("""
            { documents { totalCount nodes { id title language contentHash evidence { start } } } countries { code } fields { code } conflicts { field instrument { id } } graph { source version instruments } }
            """);

        Assert.Equal(5, data["documents"]?["totalCount"]?.GetValue<int>());
        Assert.All(data["documents"]?["nodes"].Array()!, d => Assert.StartsWith("sha256:" + d?["id"].Text(), d?["contentHash"].Text(), StringComparison.Ordinal));
        var countries = data["countries"].Strings("code").ToList();
        Assert.Equal(249, countries.Count);
        Assert.All(new[] { "CN", "JP", "KH", "KR", "LA", "TH", "VN" }, code => Assert.Contains(code, countries));
        Assert.Contains("agriculture", data["fields"].Strings("code"));
        Assert.Contains(data["conflicts"].Array(), c => c?["field"].Text() == "signed_on" && c?["instrument"]?["id"].Text() == "bac-giang-plan-667-kh-ubnd-2021");
        Assert.Equal("graph-seed", data["graph"]?["source"].Text());
    }

    [Fact]
    public async Task Document_by_id_lists_its_evidence()
    {
        using var client = server.CreateGraphQLClient();
        var ids = await client.QueryAsync("{ documents { nodes { id language } } }");
        var english = ids["documents"]?["nodes"].Array().First(d => d?["language"].Text() == "en")?["id"].Text();

        var data = await client.QueryAsync("query($id: ID!) { document(id: $id) { id evidence { quote } } }", new { id = english });

        Assert.Equal(english, data["document"]?["id"].Text());
        Assert.NotEmpty(data["document"]?["evidence"].Array()!);
    }
}
