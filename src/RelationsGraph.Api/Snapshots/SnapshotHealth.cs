namespace RelationsGraph.Api.Snapshots;

/// <summary>The outcome of the latest check of the snapshot's source, for the health endpoint.</summary>
public sealed class SnapshotHealth
{
    private volatile Check? _last;

    public Check? Last => _last;

    public void Record(DateTimeOffset at, string? error) => _last = new Check(at, error);

    /// <summary>When the source was last asked for its version, and what went wrong if it could not answer.</summary>
    public sealed record Check(DateTimeOffset At, string? Error);
}
