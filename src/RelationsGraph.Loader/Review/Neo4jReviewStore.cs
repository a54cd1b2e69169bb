using RelationsGraph.Neo4j;
using RelationsGraph.Seed;

namespace RelationsGraph.Loader.Review;

/// <summary>
/// Neo4j as the review's store: the graph is read in one transaction, and each decision is written as one atomic
/// load transaction (<see cref="Neo4jGraphLoader"/>: every row merged, what the decision removed swept, the version
/// marker set), after checking that the marker is still the version that was read.
/// </summary>
internal sealed class Neo4jReviewStore(Neo4jQueryClient client, Neo4jGraphLoader loader) : IReviewStore
{
    public string Description => $"Neo4j database '{client.Options.Database}' at {client.Options.Uri}";

    public async Task<string> PeekAsync(CancellationToken cancellationToken) =>
        await Neo4jGraphReader.ReadVersionAsync(client, cancellationToken) ?? string.Empty;

    public async Task<(GraphSeed Seed, string Version)> ReadAsync(CancellationToken cancellationToken)
    {
        var (seed, version) = await Neo4jGraphReader.ReadAsync(client, cancellationToken);
        return (seed, version ?? throw new ReviewException($"{Description} holds no graph yet: load one first (relationsgraph-loader load)"));
    }

    public async Task<string> WriteAsync(GraphSeed seed, string readVersion, CancellationToken cancellationToken)
    {
        var current = await Neo4jGraphReader.ReadVersionAsync(client, cancellationToken);
        if (current != readVersion)
        {
            throw new ReviewConflictException($"{Description} changed since version {readVersion} was read (it is now {current}); nothing was written");
        }

        var version = await GraphSeedWriter.VersionOfAsync(seed, cancellationToken);
        await loader.LoadAsync(seed, version, new LoadSettings(Source: "review", Force: true), progress: null, cancellationToken);
        return version;
    }
}
