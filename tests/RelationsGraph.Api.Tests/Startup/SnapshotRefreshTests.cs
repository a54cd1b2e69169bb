using System.Text.Json.Nodes;
using RelationsGraph.Testing;
using Xunit;

namespace RelationsGraph.Api.Tests.Startup;

/// <summary>
/// The API swaps in a new snapshot when its source's version changes, keeps serving the last good snapshot when the
/// source fails, and says so in /health. Run against the graph-seed source: the refresh does not depend on which
/// source it asks.
/// </summary>
public sealed class SnapshotRefreshTests
{
    private static ApiServer ServerOn(SeedCopy copy) => ApiServer.WithSettings(new Dictionary<string, string?>
    {
        ["Seed:Path"] = copy.Path,
        ["Snapshot:RefreshInterval"] = "00:00:00.200",
    });

    [Fact]
    public async Task Changed_source_is_swapped_in_without_a_restart()
    {
        using var copy = new SeedCopy();
        using var server = ServerOn(copy);
        using var client = server.CreateGraphQLClient();
        var before = await HealthAsync(server);
        const string Title = "{ instrument(id: \"son-la-xieng-khouang-minutes-2022-2024\") { title } }";
        var original = await client.QueryAsync(Title);

        copy.Replace("instruments.csv", "Comprehensive cooperation minutes between Xieng Khouang and Son La provinces", "Comprehensive cooperation minutes (revised) between Xieng Khouang and Son La provinces");
        var after = await WaitForAsync(server, health => health["snapshot"]?["version"].Text() != before["snapshot"]?["version"].Text());

        Assert.Equal("ok", after["status"].Text());
        var data = await client.QueryAsync(Title);
        Assert.DoesNotContain("(revised)", original["instrument"]?["title"].Text(), StringComparison.Ordinal);
        Assert.Contains("(revised)", data["instrument"]?["title"].Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_change_keeps_the_last_good_snapshot_and_reports_degraded_health()
    {
        using var copy = new SeedCopy();
        using var server = ServerOn(copy);
        using var client = server.CreateGraphQLClient();
        var before = await HealthAsync(server);

        copy.Replace("parties.csv", "bac-giang-xaisomboun-police-agreement,VN-54,", "bac-giang-xaisomboun-police-agreement,VN-99,");
        var after = await WaitForAsync(server, health => health["status"].Text() == "degraded");

        Assert.Equal(before["snapshot"]?["version"].Text(), after["snapshot"]?["version"].Text());
        Assert.Contains("VN-99", after["lastCheck"]?["error"].Text(), StringComparison.Ordinal);
        var data = await client.QueryAsync("{ province(name: \"Bac Giang\") { partners { partner { id } } } }");
        Assert.Single(data["province"]?["partners"].Array()!);
    }

    [Fact]
    public async Task Unreachable_source_keeps_the_last_good_snapshot_in_service()
    {
        var copy = new SeedCopy();
        using var server = ServerOn(copy);
        using var client = server.CreateGraphQLClient();
        await HealthAsync(server);

        copy.Dispose();
        var after = await WaitForAsync(server, health => health["status"].Text() == "degraded");

        Assert.Equal("graph-seed", after["snapshot"]?["source"].Text());
        var data = await client.QueryAsync("{ provincesWithSeveralPartners(country: \"LA\", partnerCountry: \"VN\") { province { id } } }");
        Assert.Single(data["provincesWithSeveralPartners"].Array());
    }

    [Fact]
    public async Task Unreachable_neo4j_at_start_up_stops_the_api_after_the_start_up_timeout()
    {
        var run = await ApiProcess.RunUntilExitAsync(
            new Dictionary<string, string>
            {
                ["Neo4j:Uri"] = "http://127.0.0.1:9",
                ["Neo4j:RequestTimeout"] = "00:00:01",
                ["Neo4j:MaxRetries"] = "0",
                ["Snapshot:StartupTimeout"] = "00:00:01",
            },
            TestContext.Current.CancellationToken);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("The neo4j source gave no snapshot within the start-up timeout (00:00:01); the API will not start", run.Output, StringComparison.Ordinal);
        Assert.Contains("127.0.0.1:9", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Loaded the ", run.Output, StringComparison.Ordinal); // listened, but never served a snapshot
    }

    private static async Task<JsonNode> HealthAsync(ApiServer server)
    {
        using var http = server.CreateHttpClient();
        return JsonNode.Parse(await http.GetStringAsync("/health", TestContext.Current.CancellationToken))!;
    }

    private static async Task<JsonNode> WaitForAsync(ApiServer server, Func<JsonNode, bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var health = await HealthAsync(server);
            if (condition(health))
            {
                return health;
            }

            Assert.True(DateTime.UtcNow < deadline, "The health endpoint did not show the change within 20 s: " + health.ToJsonString());
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }
}
