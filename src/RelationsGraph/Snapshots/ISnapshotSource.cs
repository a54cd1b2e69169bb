using RelationsGraph.Seed;

namespace RelationsGraph.Snapshots;

/// <summary>
/// Where a snapshot's rows come from: the graph-seed directory (the embedded default) or, later, Neo4j. The version
/// is cheap to ask for, so that a refresher can rebuild the snapshot only when the data changed.
/// </summary>
public interface ISnapshotSource
{
    /// <summary>"graph-seed" or "neo4j", reported by the health endpoint.</summary>
    string Name { get; }

    Task<string> GetVersionAsync(CancellationToken cancellationToken);

    Task<VersionedSeed> LoadAsync(CancellationToken cancellationToken);
}

/// <summary>A source's rows with the version they were read at.</summary>
public sealed record VersionedSeed(GraphSeed Seed, string Version);
