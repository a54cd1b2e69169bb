using RelationsGraph.Seed;

namespace RelationsGraph.Api.Snapshots;

/// <summary>The outcome of the latest check of the snapshot's source, for the health endpoint.</summary>
public sealed class SnapshotHealth
{
    private volatile Check? _last;
    private int _reads;

    public Check? Last => _last;

    /// <summary>How many times the source was read whole (a check that finds nothing changed reads nothing).</summary>
    public int Reads => Volatile.Read(ref _reads);

    /// <summary>Where the source is (the graph-seed directory, or Neo4j's address) and why that one.</summary>
    public string? Location { get; set; }

    public void Record(DateTimeOffset at, string? error, IReadOnlyList<SeedError>? errors = null) => _last = new Check(at, error, errors ?? []);

    public void CountRead() => Interlocked.Increment(ref _reads);

    /// <summary>When the source was last checked, and what went wrong if it could not be served, error by error.</summary>
    public sealed record Check(DateTimeOffset At, string? Error, IReadOnlyList<SeedError> Errors);
}
