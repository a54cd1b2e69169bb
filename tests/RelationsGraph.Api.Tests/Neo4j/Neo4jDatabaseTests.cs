using System.Text.Json;
using RelationsGraph.Neo4j;
using RelationsGraph.Seed;
using RelationsGraph.Snapshots;
using RelationsGraph.Testing;
using Xunit;

namespace RelationsGraph.Api.Tests.Neo4j;

/// <summary>
/// Database tests against a real Neo4j (see <see cref="Neo4jServer"/>): loads are idempotent and atomic, removed facts
/// disappear, the API reads the same answers from Neo4j as from graph-seed, and every notebook query runs. They share
/// one database, so they run one after another, each starting from an empty graph.
/// </summary>
[Collection(nameof(Neo4jDatabaseTests))]
[CollectionDefinition(nameof(Neo4jDatabaseTests), DisableParallelization = true)]
public sealed class Neo4jDatabaseTests(Neo4jServer neo4j)
{
    private static readonly CypherStatement ClearGraph = new("MATCH (n) DETACH DELETE n");

    private static readonly CypherStatement CountGraph = new("""
        MATCH (n) WITH count(n) AS nodes
        OPTIONAL MATCH ()-[r]->() RETURN nodes, count(r) AS relationships
        """);

    [Fact]
    public async Task Loading_the_same_graph_twice_changes_nothing()
    {
        var client = await EmptyGraphAsync();
        var loader = Neo4jServer.CreateLoader(client);
        var (seed, version) = await new GraphSeedSource(RepositoryPaths.GraphSeed).LoadAsync(TestContext.Current.CancellationToken);

        var first = await loader.LoadAsync(seed, version, new LoadSettings(), progress: null, TestContext.Current.CancellationToken);
        var countsAfterFirst = await CountsAsync(client);
        var contentAfterFirst = await ContentAsync(client);
        var second = await loader.LoadAsync(seed, version, new LoadSettings(), progress: null, TestContext.Current.CancellationToken);
        var forced = await loader.LoadAsync(seed, version, new LoadSettings(Force: true), progress: null, TestContext.Current.CancellationToken);

        Assert.False(first.Unchanged);
        Assert.True(second.Unchanged);
        Assert.False(forced.Unchanged);
        Assert.Equal(countsAfterFirst, await CountsAsync(client));
        Assert.Equal(contentAfterFirst, await ContentAsync(client));
        Assert.Equal(await CanonicalAsync(seed), contentAfterFirst);
        TestContext.Current.SendDiagnosticMessage($"Loaded {first.Rows} rows in {first.Elapsed.TotalSeconds:F2} s ({first.RowsPerSecond:F0} rows/s).");
    }

    [Fact]
    public async Task A_load_that_fails_half_way_leaves_the_earlier_graph_intact()
    {
        var client = await EmptyGraphAsync();
        var loader = Neo4jServer.CreateLoader(client);
        var (seed, version) = await new GraphSeedSource(RepositoryPaths.GraphSeed).LoadAsync(TestContext.Current.CancellationToken);
        await loader.LoadAsync(seed, version, new LoadSettings(), progress: null, TestContext.Current.CancellationToken);
        var before = await ContentAsync(client);
        var changed = WithoutInstrument(seed, "vinh-long-ehime-mou");
        using var interruption = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => loader.LoadAsync(
            changed,
            "sha256:interrupted",
            new LoadSettings(BatchSize: 10),
            new Progress<LoadProgress>(_ => interruption.Cancel()),
            interruption.Token));

        Assert.Equal(version, await Neo4jGraphReader.ReadVersionAsync(client, TestContext.Current.CancellationToken));
        Assert.Equal(before, await ContentAsync(client));
    }

    [Fact]
    public async Task Facts_removed_from_the_source_are_removed_from_neo4j()
    {
        var client = await EmptyGraphAsync();
        var loader = Neo4jServer.CreateLoader(client);
        var (seed, version) = await new GraphSeedSource(RepositoryPaths.GraphSeed).LoadAsync(TestContext.Current.CancellationToken);
        await loader.LoadAsync(seed, version, new LoadSettings(), progress: null, TestContext.Current.CancellationToken);
        var changed = WithoutInstrument(seed, "vinh-long-ehime-mou");

        await loader.LoadAsync(changed, "sha256:without-ehime", new LoadSettings(), progress: null, TestContext.Current.CancellationToken);

        Assert.Equal(await CanonicalAsync(changed), await ContentAsync(client));
        Assert.Equal("sha256:without-ehime", await Neo4jGraphReader.ReadVersionAsync(client, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Snapshot_read_from_neo4j_answers_every_example_as_graph_seed_does()
    {
        var client = await EmptyGraphAsync();
        var (seed, version) = await new GraphSeedSource(RepositoryPaths.GraphSeed).LoadAsync(TestContext.Current.CancellationToken);
        await Neo4jServer.CreateLoader(client).LoadAsync(seed, version, new LoadSettings(), progress: null, TestContext.Current.CancellationToken);
        using var fromSeed = ApiServer.WithSettings(new Dictionary<string, string?>());
        using var fromNeo4j = ApiServer.WithSettings(neo4j.ApiSettings());
        using var seedClient = fromSeed.CreateGraphQLClient();
        using var neo4jClient = fromNeo4j.CreateGraphQLClient();

        var health = JsonDocument.Parse(await neo4jClient.Http.GetStringAsync("/health", TestContext.Current.CancellationToken));
        Assert.Equal("neo4j", health.RootElement.GetProperty("snapshot").GetProperty("source").GetString());
        foreach (var example in Playground.PlaygroundExampleTests.Examples())
        {
            var (query, variables) = await Playground.PlaygroundExampleTests.ReadAsync(example.Data);
            var expected = await seedClient.QueryAsync(query, variables);
            var actual = await neo4jClient.QueryAsync(query, variables);
            Assert.Equal(expected.ToJsonString(), actual.ToJsonString());
        }
    }

    [Fact]
    public async Task Every_notebook_query_runs_with_its_example_parameters()
    {
        var client = await EmptyGraphAsync();
        var (seed, version) = await new GraphSeedSource(RepositoryPaths.GraphSeed).LoadAsync(TestContext.Current.CancellationToken);
        await Neo4jServer.CreateLoader(client).LoadAsync(seed, version, new LoadSettings(), progress: null, TestContext.Current.CancellationToken);

        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "cypher", "queries"), "*.cypher").Order(StringComparer.Ordinal))
        {
            var query = NotebookQuery.Parse(Path.GetFileNameWithoutExtension(file), await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken));
            var result = await client.RunAsync(query.Bind(new Dictionary<string, string>()), TestContext.Current.CancellationToken);
            Assert.Equal(query.Columns.Select(column => column.Name), result.Fields);
            if (query.Name == "provinces-with-several-partners")
            {
                Assert.Equal(3, result.Rows.Count);
            }
        }
    }

    private async Task<Neo4jQueryClient> EmptyGraphAsync()
    {
        var client = neo4j.CreateClient();
        await client.RunAsync(ClearGraph, TestContext.Current.CancellationToken);
        return client;
    }

    private static async Task<(long Nodes, long Relationships)> CountsAsync(Neo4jQueryClient client)
    {
        var result = await client.RunAsync(CountGraph, TestContext.Current.CancellationToken);
        return result.Map(row => (row.GetInt64("nodes") ?? 0, row.GetInt64("relationships") ?? 0)).Single();
    }

    /// <summary>The graph read back from Neo4j, written as canonical graph-seed files.</summary>
    private static async Task<string> ContentAsync(Neo4jQueryClient client)
    {
        var (seed, _) = await Neo4jGraphReader.ReadAsync(client, TestContext.Current.CancellationToken);
        return await CanonicalAsync(seed);
    }

    private static async Task<string> CanonicalAsync(GraphSeed seed)
    {
        using var directory = new TemporaryDirectory();
        await GraphSeedWriter.WriteAsync(seed, directory.Path, TestContext.Current.CancellationToken);
        return string.Join("\n", SeedTables.All.Select(table => File.ReadAllText(directory.File(table.FileName))));
    }

    private static GraphSeed WithoutInstrument(GraphSeed seed, string id) => seed with
    {
        Instruments = [.. seed.Instruments.Where(instrument => instrument.Id != id)],
        Parties = [.. seed.Parties.Where(party => party.InstrumentId != id)],
        Evidence = [.. seed.Evidence.Where(evidence => evidence.SubjectId != id)],
    };
}
