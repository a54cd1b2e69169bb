using Microsoft.Extensions.Logging.Abstractions;
using RelationsGraph.Loader.Review;
using RelationsGraph.Neo4j;
using RelationsGraph.Seed;
using RelationsGraph.Tests.Neo4j;
using Xunit;

namespace RelationsGraph.Loader.Tests.Review;

/// <summary>
/// Protocol tests of a review decision written to Neo4j: which requests go to the Query API and in which order. The
/// local server answers as the Query API documents it and runs no Cypher; what a decision does to a real graph is
/// for a test against a real Neo4j.
/// </summary>
public sealed class ReviewNeo4jProtocolTests
{
    private static readonly DateTimeOffset Now = new(2025, 6, 1, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task Decision_is_written_as_one_transaction_after_checking_the_version_it_was_based_on()
    {
        using var seed = new ReviewTestSeed();
        var (graph, version) = await GraphSeedReader.ReadWithVersionAsync(seed.Path, TestContext.Current.CancellationToken);
        var accepted = ReviewDecisions.Accept(graph, ReviewTestSeed.Mou, new ReviewStamp("Lan Nguyen", Now));
        await using var server = await QueryApiProtocolServer.StartAsync();
        server.ThenRows(["version", "loadedAt"], [version, "2025-06-01T08:00:00Z"]);

        var written = await StoreFor(server).WriteAsync(accepted, version, TestContext.Current.CancellationToken);

        Assert.Equal(await GraphSeedWriter.VersionOfAsync(accepted, TestContext.Current.CancellationToken), written);
        Assert.Equal(GraphCypher.ReadVersion.Text, StatementOf(server.Requests[0]));
        Assert.Single(server.Requests, request => request.Method == "POST" && request.Path.EndsWith("/query/v2/tx", StringComparison.Ordinal));
        Assert.Single(server.Requests, request => request.Path.EndsWith("/commit", StringComparison.Ordinal));
        Assert.EndsWith("/commit", server.Requests[^1].Path, StringComparison.Ordinal);
        var instruments = server.Requests.Single(request => StatementOf(request) == GraphCypher.MergeInstruments.Text);
        var row = instruments.Body!["parameters"]!["rows"]!.AsArray().Single(row => row!["id"]!.GetValue<string>() == ReviewTestSeed.Mou)!;
        Assert.Equal(("Lan Nguyen", "2025-06-01T09:30:00Z"), (row["reviewedBy"]!.GetValue<string>(), row["reviewedAt"]!.GetValue<string>()));
        Assert.Equal(written, server.Requests.Single(request => StatementOf(request) == GraphCypher.SetVersion.Text).Body!["parameters"]!["version"]!.GetValue<string>());
        Assert.Contains(server.Requests, request => StatementOf(request) == GraphCypher.SweepNodes.Text);
    }

    [Fact]
    public async Task Decision_on_a_graph_that_changed_in_neo4j_sends_no_write()
    {
        using var seed = new ReviewTestSeed();
        var (graph, version) = await GraphSeedReader.ReadWithVersionAsync(seed.Path, TestContext.Current.CancellationToken);
        var rejected = ReviewDecisions.Reject(graph, ReviewTestSeed.Award, new ReviewStamp("Lan Nguyen", Now), note: null);
        await using var server = await QueryApiProtocolServer.StartAsync();
        server.ThenRows(["version", "loadedAt"], ["sha256:0000000000000000", "2025-06-01T09:00:00Z"]);

        await Assert.ThrowsAsync<ReviewConflictException>(() => StoreFor(server).WriteAsync(rejected, version, TestContext.Current.CancellationToken));

        var request = Assert.Single(server.Requests);
        Assert.Equal(GraphCypher.ReadVersion.Text, StatementOf(request));
    }

    private static Neo4jReviewStore StoreFor(QueryApiProtocolServer server)
    {
        var client = server.CreateClient();
        return new Neo4jReviewStore(client, new Neo4jGraphLoader(client, TimeProvider.System, NullLogger<Neo4jGraphLoader>.Instance));
    }

    private static string? StatementOf(RecordedRequest request) => request.Body?["statement"]?.GetValue<string>();
}
