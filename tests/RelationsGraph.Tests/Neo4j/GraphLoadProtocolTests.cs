using Microsoft.Extensions.Logging.Abstractions;
using RelationsGraph.Neo4j;
using RelationsGraph.Seed;
using RelationsGraph.Testing;
using Xunit;

namespace RelationsGraph.Tests.Neo4j;

/// <summary>
/// Protocol tests of the graph load: which requests the loader sends to the Query API and in which order. The local
/// server answers as the Query API documents it and runs no Cypher; what the load does to a real graph is checked by
/// the database tests (Neo4jDatabaseTests).
/// </summary>
public sealed class GraphLoadProtocolTests
{
    private const string Version = "protocol-test-version";

    [Fact]
    public async Task Load_applies_the_schema_then_writes_every_batch_in_one_transaction_and_commits_last()
    {
        await using var server = await QueryApiProtocolServer.StartAsync();
        var seed = await GraphSeedReader.ReadAsync(TestSeed.Path, TestContext.Current.CancellationToken);

        var result = await LoaderFor(server).LoadAsync(seed, Version, new LoadSettings(BatchSize: 50), null, TestContext.Current.CancellationToken);

        var requests = server.Requests.Select(request => $"{request.Method} {request.Path}").ToList();
        var schemaCount = Neo4jGraphLoader.SchemaStatements.Count;
        Assert.Equal(Enumerable.Repeat("POST /db/relations/query/v2", 1 + schemaCount), requests.Take(1 + schemaCount));
        Assert.Equal(Neo4jGraphLoader.SchemaStatements, server.Requests.Skip(1).Take(schemaCount).Select(StatementOf));
        Assert.Equal("POST /db/relations/query/v2/tx", requests[1 + schemaCount]);
        Assert.Equal("POST /db/relations/query/v2/tx/tx1/commit", requests[^1]);
        var writes = server.Requests.Skip(2 + schemaCount).SkipLast(1).ToList();
        Assert.All(writes, request => Assert.Equal("/db/relations/query/v2/tx/tx1", request.Path));

        var batches = writes.Where(request => request.Body?["parameters"]?["rows"] is not null).ToList();
        var batchSizes = batches.Select(request => request.Body!["parameters"]!["rows"]!.AsArray().Count).ToList();
        Assert.All(batchSizes, size => Assert.InRange(size, 1, 50));
        Assert.Contains(50, batchSizes);
        Assert.Equal(result.Rows, batchSizes.Sum());
        Assert.All(batches, request => Assert.Equal(Version, request.Body!["parameters"]!["loadId"]!.GetValue<string>()));

        var lastThree = writes.TakeLast(3).Select(StatementOf).ToList();
        Assert.Equal([GraphCypher.SweepRelationships.Text, GraphCypher.SweepNodes.Text, GraphCypher.SetVersion.Text], lastThree);
        Assert.Equal(Version, writes[^1].Body?["parameters"]?["version"]?.GetValue<string>());
        Assert.False(result.Unchanged);
    }

    [Fact]
    public async Task Load_that_fails_half_way_stops_at_the_failure_and_never_commits()
    {
        await using var server = await QueryApiProtocolServer.StartAsync();
        var seed = await GraphSeedReader.ReadAsync(TestSeed.Path, TestContext.Current.CancellationToken);
        var failingRequest = 1 + Neo4jGraphLoader.SchemaStatements.Count + 1 + 5;
        server.FailRequest(failingRequest, "Neo.ClientError.Schema.ConstraintValidationFailed", "Node already exists with label `Instrument` and property `id`");

        var failure = await Assert.ThrowsAsync<Neo4jException>(() =>
            LoaderFor(server).LoadAsync(seed, Version, new LoadSettings(BatchSize: 50), null, TestContext.Current.CancellationToken));

        Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", failure.Code);
        // Neo4j rolls a transaction back itself when a statement in it fails, so the failing write is the last request.
        Assert.Equal(failingRequest, server.Requests.Count);
        Assert.Equal("POST /db/relations/query/v2/tx/tx1", $"{server.Requests[^1].Method} {server.Requests[^1].Path}");
        Assert.DoesNotContain(server.Requests, request => request.Path.EndsWith("/commit", StringComparison.Ordinal));
        Assert.DoesNotContain(server.Requests, request => StatementOf(request) == GraphCypher.SetVersion.Text);
    }

    [Fact]
    public async Task Load_cancelled_half_way_rolls_the_transaction_back_and_never_commits()
    {
        await using var server = await QueryApiProtocolServer.StartAsync();
        var seed = await GraphSeedReader.ReadAsync(TestSeed.Path, TestContext.Current.CancellationToken);
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var cancelAfterFirstBatch = new SynchronousProgress(cancellation.Cancel);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            LoaderFor(server).LoadAsync(seed, Version, new LoadSettings(BatchSize: 50), cancelAfterFirstBatch, cancellation.Token));

        Assert.Equal("DELETE /db/relations/query/v2/tx/tx1", $"{server.Requests[^1].Method} {server.Requests[^1].Path}");
        Assert.DoesNotContain(server.Requests, request => request.Path.EndsWith("/commit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Load_of_the_version_neo4j_already_holds_sends_no_writes()
    {
        await using var server = await QueryApiProtocolServer.StartAsync();
        server.ThenRows(["version", "loadedAt"], [Version, "2026-11-23T08:00:00Z"]);
        var seed = await GraphSeedReader.ReadAsync(TestSeed.Path, TestContext.Current.CancellationToken);

        var result = await LoaderFor(server).LoadAsync(seed, Version, new LoadSettings(), null, TestContext.Current.CancellationToken);

        Assert.True(result.Unchanged);
        var request = Assert.Single(server.Requests);
        Assert.Equal(GraphCypher.ReadVersion.Text, StatementOf(request));
    }

    [Fact]
    public async Task Forced_load_writes_even_when_the_version_is_unchanged()
    {
        await using var server = await QueryApiProtocolServer.StartAsync();
        var seed = await GraphSeedReader.ReadAsync(TestSeed.Path, TestContext.Current.CancellationToken);

        var result = await LoaderFor(server).LoadAsync(seed, Version, new LoadSettings(Force: true), null, TestContext.Current.CancellationToken);

        Assert.False(result.Unchanged);
        Assert.DoesNotContain(server.Requests, request => StatementOf(request) == GraphCypher.ReadVersion.Text);
        Assert.EndsWith("/commit", server.Requests[^1].Path, StringComparison.Ordinal);
    }

    private static Neo4jGraphLoader LoaderFor(QueryApiProtocolServer server) =>
        new(server.CreateClient(), TimeProvider.System, NullLogger<Neo4jGraphLoader>.Instance);

    private sealed class SynchronousProgress(Action onReport) : IProgress<LoadProgress>
    {
        public void Report(LoadProgress value) => onReport();
    }

    private static string? StatementOf(RecordedRequest request) => request.Body?["statement"]?.GetValue<string>();
}
