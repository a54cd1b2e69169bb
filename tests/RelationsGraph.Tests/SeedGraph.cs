using RelationsGraph.Snapshots;

namespace RelationsGraph.Tests;

/// <summary>The snapshot built from the repository's graph-seed, built once for the tests that only read it.</summary>
internal static class SeedGraph
{
    private static readonly Lazy<Task<RelationSnapshot>> Loaded = new(() =>
        SnapshotLoader.LoadAsync(new GraphSeedSource(Testing.RepositoryPaths.GraphSeed), TimeProvider.System, CancellationToken.None));

    public static Task<RelationSnapshot> LoadAsync() => Loaded.Value;
}
