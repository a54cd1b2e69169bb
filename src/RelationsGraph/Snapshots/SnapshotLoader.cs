namespace RelationsGraph.Snapshots;

/// <summary>Reads a source and builds its snapshot, all or nothing.</summary>
public static class SnapshotLoader
{
    public static async Task<RelationSnapshot> LoadAsync(ISnapshotSource source, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(timeProvider);
        var snapshot = await BuildAsync(source, timeProvider, cancellationToken);

        // The finished reads' tasks, and so every row read, stay reachable from the frames below this one (their
        // awaiters) until they return. Coming back on a fresh stack lets the caller's next collection (the holder's
        // compaction when it installs a large snapshot) free the rows instead of keeping them for good.
        await Task.Yield();
        return snapshot;
    }

    /// <summary>Builds the snapshot of rows already read from <paramref name="source"/>.</summary>
    public static RelationSnapshot Build(VersionedSeed seed, ISnapshotSource source, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(seed);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(timeProvider);
        return SnapshotBuilder.Build(seed.Seed, source.Name, seed.Version, timeProvider.GetUtcNow());
    }

    private static async Task<RelationSnapshot> BuildAsync(ISnapshotSource source, TimeProvider timeProvider, CancellationToken cancellationToken) =>
        Build(await source.LoadAsync(cancellationToken), source, timeProvider);
}
