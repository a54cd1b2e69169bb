using RelationsGraph.Snapshots;

namespace RelationsGraph.Neo4j;

/// <summary>Neo4j, the store of record, as a snapshot source; its version is the marker the last load set.</summary>
public sealed class Neo4jSnapshotSource(Neo4jQueryClient client) : ISnapshotSource
{
    public string Name => "neo4j";

    public async Task<string> GetVersionAsync(CancellationToken cancellationToken) =>
        await Neo4jGraphReader.ReadVersionAsync(client, cancellationToken) ?? throw NothingLoaded();

    public async Task<VersionedSeed> LoadAsync(CancellationToken cancellationToken)
    {
        var (seed, version) = await Neo4jGraphReader.ReadAsync(client, cancellationToken);
        return new VersionedSeed(seed, version ?? throw NothingLoaded());
    }

    private InvalidOperationException NothingLoaded() =>
        new($"Neo4j database '{client.Options.Database}' at {client.Options.Uri} holds no RelationsGraph graph yet; load one with `relations load`.");
}
