namespace RelationsGraph.Snapshots;

/// <summary>Reads a source and builds its snapshot, all or nothing.</summary>
public static class SnapshotLoader
{
    public static async Task<RelationSnapshot> LoadAsync(ISnapshotSource source, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(timeProvider);
        var (seed, version) = await source.LoadAsync(cancellationToken);
        return SnapshotBuilder.Build(seed, source.Name, version, timeProvider.GetUtcNow());
    }
}
