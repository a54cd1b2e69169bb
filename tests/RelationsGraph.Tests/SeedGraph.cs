using RelationsGraph.Snapshots;

namespace RelationsGraph.Tests;

/// <summary>The snapshot of the tests' own graph-seed (<see cref="Testing.TestSeed"/>), built once for the tests that only read it.</summary>
internal static class SeedGraph
{
    private static readonly Lazy<Task<RelationSnapshot>> Loaded = new(() =>
        SnapshotLoader.LoadAsync(new GraphSeedSource(Testing.TestSeed.Path), TimeProvider.System, CancellationToken.None));

    public static Task<RelationSnapshot> LoadAsync() => Loaded.Value;
}
