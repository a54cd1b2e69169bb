using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RelationsGraph.Api.Snapshots;
using RelationsGraph.Seed;
using RelationsGraph.Snapshots;
using RelationsGraph.Testing;
using Xunit;

namespace RelationsGraph.Api.Tests.Startup;

/// <summary>
/// The embedded default's first read starts while the host is built and the first load serves it, once, only for the
/// directory it read; a file changed after the read started is served by the next check, as when the first load reads
/// the directory itself. (An invalid graph-seed read early still stops the API: StartupValidationTests run the API as
/// a process, whose Program starts the early read.)
/// </summary>
public sealed class EarlySeedReadTests
{
    private const string Title = "{ instrument(id: \"son-la-xieng-khouang-minutes-2022-2024\") { title } }";
    private const string OldTitle = "Comprehensive cooperation minutes between Xieng Khouang and Son La provinces";
    private const string NewTitle = "Comprehensive cooperation minutes (revised) between Xieng Khouang and Son La provinces";

    [Fact]
    public async Task First_load_serves_the_read_started_while_the_host_was_built()
    {
        using var copy = new SeedCopy();
        await using var api = new SeedApi(copy.Path, []);

        var early = api.Services.GetRequiredService<EarlySeedRead>();
        Assert.Equal(copy.Path, early.Directory);
        Assert.Null(early.TakeFor(copy.Path)); // taken by the first load
        Assert.Equal(1, api.Services.GetRequiredService<SnapshotHealth>().Reads);
        Assert.Same(await early.Built!, api.Services.GetRequiredService<SnapshotHolder>().Current); // on the system clock, the snapshot built early
        var files = await SeedDirectory.ReadFilesAsync(copy.Path, TestContext.Current.CancellationToken);
        Assert.Equal(files.Version, (await HealthAsync(api))["snapshot"]!["version"].Text());
    }

    [Fact]
    public async Task Change_written_after_the_early_read_began_is_served_by_the_next_check()
    {
        using var copy = new SeedCopy();
        var early = EarlySeedRead.Start(Settings(copy.Path), copy.Path);
        await early.Built!.WaitAsync(TestContext.Current.CancellationToken);
        copy.Replace("instruments.csv", OldTitle, NewTitle);
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var api = new SeedApi(copy.Path, new() { ["Snapshot:WatchFiles"] = "false", ["Snapshot:RefreshInterval"] = "00:00:30" }, clock, early);
        using var client = api.CreateGraphQLClient();

        Assert.DoesNotContain("(revised)", (await client.QueryAsync(Title))["instrument"]?["title"].Text(), StringComparison.Ordinal); // the early read's rows, built on the fake clock
        Assert.Equal(clock.GetUtcNow(), api.Services.GetRequiredService<SnapshotHolder>().Current.Info.BuiltAt);
        clock.Advance(TimeSpan.FromSeconds(30));

        await SeedApi.WaitForAsync(async () => (await client.QueryAsync(Title))["instrument"]?["title"].Text().Contains("(revised)", StringComparison.Ordinal) == true, "the poll to serve the change");
        Assert.Equal(2, api.Services.GetRequiredService<SnapshotHealth>().Reads);
    }

    [Fact]
    public async Task Read_is_taken_once_and_only_for_the_directory_it_read()
    {
        using var copy = new SeedCopy();
        using var other = new SeedCopy();
        var early = EarlySeedRead.Start(Settings(copy.Path), copy.Path);
        await early.Built!.WaitAsync(TestContext.Current.CancellationToken);

        Assert.Null(early.TakeFor(other.Path));
        Assert.Equal(SeedDirectory.Fingerprint(copy.Path), early.TakeFor(copy.Path)?.Fingerprint);
        Assert.Null(early.TakeFor(copy.Path));
    }

    [Fact]
    public void Nothing_is_read_early_when_the_graph_comes_from_neo4j()
    {
        var settings = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Neo4j:Uri"] = "http://127.0.0.1:7474" }).Build();

        var early = EarlySeedRead.Start(settings, AppContext.BaseDirectory);

        Assert.Null(early.Directory);
        Assert.Null(early.Built);
    }

    private static IConfiguration Settings(string seed) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Seed:Path"] = seed }).Build();

    private static async Task<JsonNode> HealthAsync(SeedApi api)
    {
        using var http = api.CreateHttpClient();
        return JsonNode.Parse(await http.GetStringAsync("/health", TestContext.Current.CancellationToken))!;
    }

}
