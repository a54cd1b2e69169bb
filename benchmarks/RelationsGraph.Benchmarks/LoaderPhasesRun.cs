using System.Diagnostics;
using System.Globalization;
using RelationsGraph.Extraction;
using RelationsGraph.Extraction.Batch;
using RelationsGraph.Extraction.FactsJson;
using RelationsGraph.Extraction.Places;
using RelationsGraph.Extraction.Rules;
using RelationsGraph.Seed;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Benchmarks;

/// <summary>
/// Where one cold run of the loader's <c>extract FOLDER --gazetteer graph-seed --json</c> spends its time, phase by
/// phase, in a fresh process (so that each phase's first-call compilation is in its figure): runtime start to the
/// first line of Main, the rule files, the graph-seed read, the extractor's gazetteer, the first document, the rest
/// of the batch, the one-record-per-event merge and the facts JSON. Wall and processor time (every thread) per phase.
/// </summary>
public static class LoaderPhasesRun
{
    public static async Task<int> RunAsync(string folder, string? seedDirectory)
    {
        using var process = Process.GetCurrentProcess();
        var sinceStart = DateTime.Now - process.StartTime;
        var phases = new List<(string Name, TimeSpan Wall, TimeSpan Processor)>
        {
            ("runtime start to Main", sinceStart, process.TotalProcessorTime),
        };

        async Task<T> Time<T>(string name, Func<Task<T>> phase)
        {
            process.Refresh();
            var processor = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var result = await phase();
            clock.Stop();
            process.Refresh();
            phases.Add((name, clock.Elapsed, process.TotalProcessorTime - processor));
            return result;
        }

        var files = Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal).ToList();
        var rules = await Time("rule files (ExtractionRules.Default)", () => Task.FromResult(ExtractionRules.Default));
        var seed = await Time("graph-seed read (GraphSeedReader)", () => GraphSeedReader.ReadAsync(seedDirectory ?? ExtractionCorpus.FindGraphSeed(), CancellationToken.None));
        await Time("gazetteer snapshot alone (SnapshotBuilder, measured apart)", () => Task.FromResult(RelationsGraph.Snapshots.SnapshotBuilder.Build(
            new GraphSeed { Countries = seed.Countries, CountryNames = seed.CountryNames, Units = seed.Units, UnitNames = seed.UnitNames, Successions = seed.Successions, Fields = seed.Fields, Origins = seed.Origins },
            "gazetteer", "extraction", DateTimeOffset.UnixEpoch)));
        var names = await Time("extractor gazetteer (PlaceNames.Create)", () => Task.FromResult(PlaceNames.Create(seed)));
        var extractor = new DocumentExtractor(names, TimeProvider.System, rules: rules);
        var first = await Time("first document (read + extract)", () => new ExtractionBatch(extractor, new ExtractionOptions { Parallelism = 1 }).RunAsync(files.Take(1), null, CancellationToken.None));
        var batch = new ExtractionBatch(extractor, new ExtractionOptions());
        var result = await Time($"the other {files.Count - 1} documents (read + extract, every core)", () => batch.RunAsync(files.Skip(1), null, CancellationToken.None));
        var facts = await Time("merge (one record per event, ids)", () => Task.FromResult(result.Facts.Merge(names)));
        await Time("facts JSON written", async () =>
        {
            await using var output = Stream.Null;
            await FactsJsonWriter.WriteAsync(facts, names, output, CancellationToken.None);
            return 0;
        });

        foreach (var (name, wall, processor) in phases)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-60} {wall.TotalMilliseconds,8:0} ms wall {processor.TotalMilliseconds,8:0} ms processor"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"GC: {GC.CollectionCount(0)} gen0, {GC.CollectionCount(1)} gen1, {GC.CollectionCount(2)} gen2, paused {GC.GetTotalPauseDuration().TotalMilliseconds:0} ms, allocated {GC.GetTotalAllocatedBytes() / 1048576.0:0} MB"));
        if (Environment.GetEnvironmentVariable("PHASES_ALLOCATIONS") is not null)
        {
            ExtractionAllocations.Print([.. files.Take(300)], names);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{files.Count} documents, {facts.Relations.Count} relations, {first.Failures.Count + result.Failures.Count} failures"));
        return 0;
    }
}

/// <summary>
/// Where the API's first snapshot's time goes in a fresh process, on the embedded default: the graph-seed read (every
/// table), the snapshot build, and the complexity estimate's statistics, each with its first-call compilation.
/// </summary>
public static class ApiSnapshotPhasesRun
{
    public static async Task<int> RunAsync(string? seedDirectory)
    {
        var directory = seedDirectory ?? ExtractionCorpus.FindGraphSeed();
        using var process = Process.GetCurrentProcess();
        var startProcessor = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var phases = new BuildPhases();
        var (seed, version) = await GraphSeedReader.ReadWithVersionAsync(directory, CancellationToken.None, phases);
        var read = clock.Elapsed;
        process.Refresh();
        var readProcessor = process.TotalProcessorTime;
        var snapshot = SnapshotBuilder.Build(seed, "graph-seed", version, DateTimeOffset.UtcNow, phases);
        var built = clock.Elapsed;
        process.Refresh();
        var builtProcessor = process.TotalProcessorTime;
        _ = RelationsGraph.Api.GraphQL.GraphStatistics.Of(snapshot);
        var statistics = clock.Elapsed;
        process.Refresh();
        var statisticsProcessor = process.TotalProcessorTime;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"graph-seed read {read.TotalMilliseconds:0} ms, snapshot build {(built - read).TotalMilliseconds:0} ms, statistics {(statistics - built).TotalMilliseconds:0} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"processor time: read {(readProcessor - startProcessor).TotalMilliseconds:0} ms, build {(builtProcessor - readProcessor).TotalMilliseconds:0} ms, statistics {(statisticsProcessor - builtProcessor).TotalMilliseconds:0} ms"));
        foreach (var phase in phases.Phases)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {phase.Name,-45} {phase.Elapsed.TotalMilliseconds,8:0.0} ms wall {phase.AllocatedBytes / 1024.0 / 1024.0,8:0.0} MB allocated"));
        }

        return 0;
    }
}
