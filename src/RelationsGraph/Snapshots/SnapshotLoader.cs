namespace RelationsGraph.Snapshots;

/// <summary>Reads a source and builds its snapshot, all or nothing.</summary>
public static class SnapshotLoader
{
    public static async Task<RelationSnapshot> LoadAsync(ISnapshotSource source, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(timeProvider);
        return Build(await source.LoadAsync(cancellationToken), source, timeProvider);
    }

    /// <summary>Builds the snapshot of rows already read from <paramref name="source"/>.</summary>
    public static RelationSnapshot Build(VersionedSeed seed, ISnapshotSource source, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(seed);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(timeProvider);
        return SnapshotBuilder.Build(seed.Seed, source.Name, seed.Version, timeProvider.GetUtcNow());
    }
}
