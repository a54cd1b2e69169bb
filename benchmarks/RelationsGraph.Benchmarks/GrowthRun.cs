using System.Diagnostics;
using System.Globalization;
using RelationsGraph.Partnerships;
using RelationsGraph.Seed;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Benchmarks;

/// <summary>
/// How the snapshot grows with the world: for each size, the world (real graph-seed merged in) is written as
/// graph-seed CSV, then measured in this process (building from rows, reading and building, the memory the snapshot
/// holds, the headline query in the library and through GraphQL) and as the API's own process (time to listen, time
/// to be ready, resident memory once ready).
/// Memory held is the managed heap after forced, compacting full collections with the snapshot alive, minus the
/// same before it was loaded: the rows it was built from and everything else released by then.
/// </summary>
internal static class GrowthRun
{
    public static async Task<int> RunAsync(BenchmarkArguments arguments)
    {
        var sizes = (arguments.Text("sizes") ?? "1000,5000,20000").Split(',').Select(text => int.Parse(text, CultureInfo.InvariantCulture)).ToList();
        var iterations = arguments.Integer("iterations", 3);
        var phases = arguments.Flag("phases");
        var noApi = arguments.Flag("no-api");
        var world = await arguments.WorldAsync();
        arguments.RequireAllRead();

        Console.WriteLine($"Load average before: {HttpLoadRun.LoadAverage()}; GC: {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")}, {iterations} iterations (medians)");
        Console.WriteLine();
        Console.WriteLine("| Units | Instruments | Build from rows (processor) | Read and build (processor) | Held by the snapshot | Per instrument | Query AA-AB (library) | Query LA-VN (library) | AA-AB with instruments and evidence, GraphQL + JSON | API listening | API ready | API resident when ready |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var units in sizes)
        {
            var options = world with { Units = units };
            var directory = Path.Combine(Path.GetTempPath(), $"relationsgraph-growth-{units}-{Environment.ProcessId}");
            await GraphSeedWriter.WriteAsync(SyntheticWorld.Generate(options), directory, CancellationToken.None);
            try
            {
                await MeasureAsync(options, directory, iterations, noApi);
                if (phases)
                {
                    await PrintPhasesAsync(options, directory);
                }
            }
            finally
            {
                Directory.Delete(directory, recursive: true);
            }
        }

        Console.WriteLine();
        Console.WriteLine($"Load average after: {HttpLoadRun.LoadAverage()}");
        return 0;
    }

    /// <summary>One more read and build, timed phase by phase, after a full collection.</summary>
    private static async Task PrintPhasesAsync(WorldOptions options, string directory)
    {
        FullCollection();
        var phases = new BuildPhases();
        var (seed, version) = await GraphSeedReader.ReadWithVersionAsync(directory, CancellationToken.None, phases);
        _ = SnapshotBuilder.Build(seed, "graph-seed", version, DateTimeOffset.UnixEpoch, phases);
        var total = phases.Phases.Sum(phase => phase.Elapsed.TotalMilliseconds);
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Phases of reading and building, {options.Units:N0} units ({total:N0} ms in all):"));
        Console.WriteLine();
        Console.WriteLine("| Phase | Wall | Share | GC pauses | Allocated |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var phase in phases.Phases)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {phase.Name} | {phase.Elapsed.TotalMilliseconds:N0} ms | {phase.Elapsed.TotalMilliseconds / total:P0} | {phase.GCPaused.TotalMilliseconds:N0} ms | {phase.AllocatedBytes / 1048576.0:N0} MB |"));
        }

        Console.WriteLine();
        Console.WriteLine("Tasks run side by side, each timed on its own (from the start of reading):");
        Console.WriteLine();
        Console.WriteLine("| Task | From | To | Wall |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var side in phases.Sides.OrderBy(side => side.StartedAfter))
        {
            var (from, wall) = (side.StartedAfter.TotalMilliseconds, side.Elapsed.TotalMilliseconds);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {side.Name} | {from:N0} ms | {from + wall:N0} ms | {wall:N0} ms |"));
        }

        Console.WriteLine();
    }

    private static async Task MeasureAsync(WorldOptions options, string directory, int iterations, bool noApi)
    {
        // Timed in their own method, so that no snapshot built there is still reachable from this frame's stack when
        // the memory held by one snapshot is measured below.
        var baseline = FullCollection();
        var (build, readAndBuild, buildProcessor, readAndBuildProcessor) = await TimeBuildsAsync(directory, iterations);

        var (heapBefore, heapWith, heapWithout) = await MeasureHeldAsync(directory);
        var held = heapWith - Math.Min(heapBefore, heapWithout);
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Managed heap in use after full collections: {baseline / 1048576.0:N0} MB before the timed builds, {heapBefore / 1048576.0:N0} MB before reading, {heapWith / 1048576.0:N0} MB with the snapshot, {heapWithout / 1048576.0:N0} MB once it is dropped"));

        var snapshot = await SnapshotLoader.LoadAsync(new GraphSeedSource(directory), TimeProvider.System, CancellationToken.None);
        var synthetic = Median(Time(() => snapshot.ProvincesWithSeveralPartners(SyntheticWorld.FirstCountry, SyntheticWorld.NeighbourCountry, 2, null, null)));
        var real = Median(Time(() => snapshot.ProvincesWithSeveralPartners("LA", "VN", 2, null, null)));
        var graphQL = await TimeGraphQLAsync(snapshot);

        GC.KeepAlive(snapshot);

        TimeSpan listening = TimeSpan.Zero, ready = TimeSpan.Zero;
        long resident = 0;
        if (!noApi)
        {
            using var api = await BenchmarkApi.StartAsync(directory);
            listening = api.ListeningAfter;
            ready = api.ReadyAfter;
            resident = api.ResidentBytes;
        }

        var instruments = options.InstrumentCount + (options.RealSeed?.Instruments.Length ?? 0);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {options.Units:N0} | {instruments:N0} | {Median(build):N0} ms ({Median(buildProcessor):N0} ms) | {Median(readAndBuild):N0} ms ({Median(readAndBuildProcessor):N0} ms) | {held / 1048576.0:N0} MB | {held / (double)instruments / 1024:F2} KB | {synthetic * 1000:N0} µs | {real * 1000:N1} µs | {graphQL:F2} ms | {listening.TotalSeconds:F2} s | {ready.TotalSeconds:F2} s | {resident / 1048576.0:N0} MB |"));
    }

    private static async Task<(List<double> Build, List<double> ReadAndBuild, List<double> BuildProcessor, List<double> ReadAndBuildProcessor)> TimeBuildsAsync(string directory, int iterations)
    {
        var build = new List<double>();
        var readAndBuild = new List<double>();
        var buildProcessor = new List<double>();
        var readAndBuildProcessor = new List<double>();
        using var process = Process.GetCurrentProcess();
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            var rows = await GraphSeedReader.ReadAsync(directory, CancellationToken.None);
            FullCollection();
            process.Refresh();
            var processor = process.TotalProcessorTime;
            var started = Stopwatch.GetTimestamp();
            _ = SnapshotBuilder.Build(rows, "graph-seed", "v", DateTimeOffset.UnixEpoch);
            build.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            process.Refresh();
            buildProcessor.Add((process.TotalProcessorTime - processor).TotalMilliseconds);
            rows = null;
            FullCollection();

            process.Refresh();
            processor = process.TotalProcessorTime;
            var (collections, paused) = (CollectionCounts(), GC.GetTotalPauseDuration());
            started = Stopwatch.GetTimestamp();
            _ = await SnapshotLoader.LoadAsync(new GraphSeedSource(directory), TimeProvider.System, CancellationToken.None);
            readAndBuild.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            process.Refresh();
            readAndBuildProcessor.Add((process.TotalProcessorTime - processor).TotalMilliseconds);
            var after = CollectionCounts();
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Collections inside the timed read and build (gen 0, 1, 2): {after.Gen0 - collections.Gen0}, {after.Gen1 - collections.Gen1}, {after.Gen2 - collections.Gen2}; paused {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:N0} ms"));
            FullCollection();
        }

        return (build, readAndBuild, buildProcessor, readAndBuildProcessor);
    }

    /// <summary>
    /// The managed heap in use before reading, with one snapshot alive (the rows it was built from are garbage by
    /// then) and once it is dropped, each after full blocking, compacting collections. The snapshot never leaves
    /// <see cref="LoadAndMeasure"/>, whose frame (and the awaiter holding the finished load's task, and so the
    /// snapshot, in it) is gone before the heap is measured without it: measured from the same async method, the
    /// awaiter kept the snapshot reachable and "dropped" read the same as "with".
    /// </summary>
    private static async Task<(long Before, long With, long Without)> MeasureHeldAsync(string directory)
    {
        await Task.Yield();
        var before = FullCollection();
        var with = LoadAndMeasure(directory);
        return (before, with, FullCollection());
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static long LoadAndMeasure(string directory)
    {
        var snapshot = SnapshotLoader.LoadAsync(new GraphSeedSource(directory), TimeProvider.System, CancellationToken.None).GetAwaiter().GetResult();
        var with = FullCollection();
        GC.KeepAlive(snapshot);
        return with;
    }

    /// <summary>The median time of the large AA-AB answer through GraphQL and JSON; NaN when it cannot be had.</summary>
    private static async Task<double> TimeGraphQLAsync(RelationSnapshot snapshot)
    {
        using var graph = new InProcessGraphQL(snapshot);
        var query = HttpLoadRun.Requests.Single(request => request.Name.StartsWith("AA-AB with", StringComparison.Ordinal)).Body!;
        var text = System.Text.Json.JsonDocument.Parse(query).RootElement.GetProperty("query").GetString()!;
        var times = new List<double>();
        try
        {
            for (var call = 0; call < 60; call++)
            {
                var started = Stopwatch.GetTimestamp();
                _ = await graph.AnswerAsync(text);
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }
        catch (OperationCanceledException exception)
        {
            // The in-process API gives up on a request after its time limit, which a loaded machine can reach.
            Console.Error.WriteLine($"GraphQL timing stopped after {times.Count} calls: {exception.Message}");
            return double.NaN;
        }

        return Median(times.Skip(10));
    }

    private static List<double> Time(Func<object> query)
    {
        for (var call = 0; call < 50; call++)
        {
            _ = query();
        }

        var times = new List<double>();
        for (var call = 0; call < 300; call++)
        {
            var started = Stopwatch.GetTimestamp();
            _ = query();
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return times;
    }

    private static (int Gen0, int Gen1, int Gen2) CollectionCounts() => (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));

    private static long FullCollection()
    {
        for (var pass = 0; pass < 2; pass++)
        {
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }

        // The bytes in use right now (GetTotalMemory collects once more and waits for finalizers). The GC's record of
        // its last full blocking collection (GetGCMemoryInfo) read the same figure before and after the snapshot was
        // dropped, so it is not what is measured here.
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
