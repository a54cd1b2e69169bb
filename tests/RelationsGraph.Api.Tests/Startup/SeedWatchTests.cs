using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RelationsGraph.Api.Snapshots;
using RelationsGraph.Testing;
using Xunit;

namespace RelationsGraph.Api.Tests.Startup;

/// <summary>
/// The API serves a change of its graph-seed directory as it is written: the directory is watched, a cheap poll of
/// the files' sizes and times catches what the watcher misses, nothing is read while nothing changed, an invalid
/// change keeps the last good snapshot with the error located in /health, and a checkout's graph-seed is the one
/// served by default.
/// </summary>
public sealed class SeedWatchTests
{
    private const string Title = "{ instrument(id: \"son-la-xieng-khouang-minutes-2022-2024\") { title } }";
    private const string OldTitle = "Comprehensive cooperation minutes between Xieng Khouang and Son La provinces";
    private const string NewTitle = "Comprehensive cooperation minutes (revised) between Xieng Khouang and Son La provinces";

    [Fact]
    public async Task Change_is_served_as_it_is_written_without_waiting_for_the_poll()
    {
        using var copy = new SeedCopy();
        await using var api = new SeedApi(copy.Path, new() { ["Snapshot:RefreshInterval"] = "01:00:00", ["Snapshot:Debounce"] = "00:00:00.050" });
        using var client = api.CreateGraphQLClient();
        Assert.DoesNotContain("(revised)", (await client.QueryAsync(Title))["instrument"]?["title"].Text(), StringComparison.Ordinal);

        copy.Replace("instruments.csv", OldTitle, NewTitle);

        await SeedApi.WaitForAsync(async () => (await client.QueryAsync(Title))["instrument"]?["title"].Text().Contains("(revised)", StringComparison.Ordinal) == true, "the watcher to serve the change");
        Assert.Equal("ok", (await HealthAsync(api))["status"].Text());
    }

    [Fact]
    public async Task Poll_of_sizes_and_times_serves_a_change_the_watcher_did_not_report()
    {
        using var copy = new SeedCopy();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var api = new SeedApi(copy.Path, new() { ["Snapshot:WatchFiles"] = "false", ["Snapshot:RefreshInterval"] = "00:00:30" }, clock);
        using var client = api.CreateGraphQLClient();
        await client.QueryAsync(Title);
        var health = api.Services.GetRequiredService<SnapshotHealth>();
        var reads = health.Reads;

        copy.Replace("instruments.csv", OldTitle, NewTitle);
        clock.Advance(TimeSpan.FromSeconds(29));
        await Task.Delay(300, TestContext.Current.CancellationToken);
        Assert.Equal(reads, health.Reads);
        clock.Advance(TimeSpan.FromSeconds(1));

        await SeedApi.WaitForAsync(async () => (await client.QueryAsync(Title))["instrument"]?["title"].Text().Contains("(revised)", StringComparison.Ordinal) == true, "the poll to serve the change");
        Assert.Equal(reads + 1, health.Reads);
    }

    [Fact]
    public async Task Checks_that_find_nothing_changed_read_nothing()
    {
        using var copy = new SeedCopy();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var api = new SeedApi(copy.Path, new() { ["Snapshot:WatchFiles"] = "false", ["Snapshot:RefreshInterval"] = "00:00:30" }, clock);
        using var client = api.CreateGraphQLClient();
        await client.QueryAsync(Title);
        var health = api.Services.GetRequiredService<SnapshotHealth>();
        var reads = health.Reads;

        for (var tick = 1; tick <= 5; tick++)
        {
            var before = health.Last!.At;
            clock.Advance(TimeSpan.FromSeconds(30));
            await SeedApi.WaitForAsync(() => Task.FromResult(health.Last!.At > before), $"check {tick}");
        }

        Assert.Equal(reads, health.Reads);
        Assert.Equal("ok", (await HealthAsync(api))["status"].Text());
    }

    [Fact]
    public async Task Invalid_change_keeps_the_last_good_snapshot_and_health_names_the_file_and_line()
    {
        using var copy = new SeedCopy();
        await using var api = new SeedApi(copy.Path, new() { ["Snapshot:RefreshInterval"] = "01:00:00", ["Snapshot:Debounce"] = "00:00:00.050" });
        using var client = api.CreateGraphQLClient();
        var before = await HealthAsync(api);
        var line = Array.FindIndex(File.ReadAllLines(copy.File("parties.csv")), text => text.StartsWith("bac-giang-xaisomboun-police-agreement,VN-54,", StringComparison.Ordinal)) + 1;

        copy.Replace("parties.csv", "bac-giang-xaisomboun-police-agreement,VN-54,", "bac-giang-xaisomboun-police-agreement,VN-99,");

        var degraded = await WaitForHealthAsync(api, health => health["status"].Text() == "degraded");
        var error = degraded["lastCheck"]!["errors"]![0]!;
        Assert.Equal(("graph-seed/parties.csv", line, 2, "unit_id"), (error["file"].Text(), error["line"]!.GetValue<int>(), error["column"]!.GetValue<int>(), error["columnName"].Text()));
        Assert.Equal("unknown unit 'VN-99' (not in units.csv)", error["message"].Text());
        Assert.Equal(before["snapshot"]!["version"].Text(), degraded["snapshot"]!["version"].Text());
        Assert.Single((await client.QueryAsync("{ province(name: \"Bac Giang\") { partners { partner { id } } } }"))["province"]!["partners"].Array());

        copy.Replace("parties.csv", "bac-giang-xaisomboun-police-agreement,VN-99,", "bac-giang-xaisomboun-police-agreement,VN-54,");
        var healed = await WaitForHealthAsync(api, health => health["status"].Text() == "ok");
        Assert.Null(healed["lastCheck"]!["errors"]);
    }

    [Fact]
    public async Task Health_says_which_folder_is_served_and_why()
    {
        using var copy = new SeedCopy();
        await using var api = new SeedApi(copy.Path, []);

        var health = await HealthAsync(api);

        Assert.Equal($"{copy.Path} (set by Seed:Path)", health["snapshot"]!["location"].Text());
    }

    [Fact]
    public void Without_a_setting_the_checkouts_graph_seed_is_served_when_the_api_runs_from_a_checkout()
    {
        var location = SeedLocation.Resolve(null, [AppContext.BaseDirectory], AppContext.BaseDirectory);

        Assert.Equal(RepositoryPaths.GraphSeed, location.Directory);
        Assert.Equal($"the graph-seed of the checkout at {RepositoryPaths.Root}", location.Reason);
    }

    [Fact]
    public void Outside_a_checkout_the_copy_beside_the_application_is_served()
    {
        using var published = new TemporaryDirectory();

        var location = SeedLocation.Resolve(null, [published.Path], published.Path);

        Assert.Equal(Path.Combine(published.Path, "graph-seed"), location.Directory);
        Assert.StartsWith("the copy beside the application", location.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed_path_setting_is_taken_from_the_current_directory()
    {
        var location = SeedLocation.Resolve("my-seed", [AppContext.BaseDirectory], AppContext.BaseDirectory);

        Assert.Equal(Path.Combine(Environment.CurrentDirectory, "my-seed"), location.Directory);
    }

    private static async Task<JsonNode> HealthAsync(SeedApi api)
    {
        using var http = api.CreateHttpClient();
        return JsonNode.Parse(await http.GetStringAsync("/health", TestContext.Current.CancellationToken))!;
    }

    private static async Task<JsonNode> WaitForHealthAsync(SeedApi api, Func<JsonNode, bool> condition)
    {
        JsonNode? health = null;
        await SeedApi.WaitForAsync(async () => condition(health = await HealthAsync(api)), "the health endpoint to show the change");
        return health!;
    }
}
