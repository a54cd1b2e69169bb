namespace RelationsGraph.Neo4j;

/// <summary>What a load did: the version it set, whether the graph was already at it, and how many rows it wrote.</summary>
public sealed record LoadResult(string Version, bool Unchanged, int Rows, TimeSpan Elapsed)
{
    public double RowsPerSecond => Elapsed > TimeSpan.Zero ? Rows / Elapsed.TotalSeconds : 0;
}

/// <summary>Progress of a load, in rows written out of the total.</summary>
public readonly record struct LoadProgress(int Written, int Total, string Step);

/// <summary>How to load: where the rows came from (recorded in the version marker), whether to rewrite a version the
/// graph already holds, and how many rows each UNWIND statement carries.</summary>
public sealed record LoadSettings(string Source = "graph-seed", bool Force = false, int BatchSize = Neo4jGraphLoader.DefaultBatchSize);
