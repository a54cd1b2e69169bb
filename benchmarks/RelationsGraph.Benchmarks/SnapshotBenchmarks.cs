using BenchmarkDotNet.Attributes;
using RelationsGraph.Seed;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Benchmarks;

/// <summary>Building the snapshot of a world-scale graph: from rows in memory, and from graph-seed CSV files on disk.</summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(warmupCount: 1, iterationCount: 5, invocationCount: 1)]
public class SnapshotBenchmarks
{
    private GraphSeed _seed = null!;
    private string _directory = null!;

    [GlobalSetup]
    public void Setup()
    {
        _seed = SyntheticWorld.Generate();
        _directory = Path.Combine(Path.GetTempPath(), "relationsgraph-bench-seed");
        GraphSeedWriter.WriteAsync(_seed, _directory, CancellationToken.None).GetAwaiter().GetResult();
    }

    [Benchmark(Description = "Build snapshot from rows (5,000 units, 100,000 instruments)")]
    public RelationSnapshot BuildFromRows() => SnapshotBuilder.Build(_seed, "synthetic", "v1", DateTimeOffset.UnixEpoch);

    [Benchmark(Description = "Read graph-seed CSV files and build snapshot")]
    public Task<RelationSnapshot> ReadAndBuild() => SnapshotLoader.LoadAsync(new GraphSeedSource(_directory), TimeProvider.System, CancellationToken.None);

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_directory, recursive: true);
}
