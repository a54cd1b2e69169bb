namespace RelationsGraph.Snapshots;

/// <summary>Where a snapshot came from and what it holds, for the health endpoint and the API's <c>graph</c> field.</summary>
public sealed record SnapshotInfo
{
    /// <summary>"graph-seed" for the embedded default, "neo4j" when read from the store of record.</summary>
    public required string Source { get; init; }

    /// <summary>The content version: a hash of the graph-seed files, or Neo4j's graph version marker.</summary>
    public required string Version { get; init; }

    public required DateTimeOffset BuiltAt { get; init; }

    public int Units { get; init; }

    public int Instruments { get; init; }

    public int Mechanisms { get; init; }

    public int Sessions { get; init; }

    public int Commitments { get; init; }

    public int Documents { get; init; }

    public int Evidence { get; init; }
}
