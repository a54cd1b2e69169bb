using BenchmarkDotNet.Running;
using RelationsGraph.Benchmarks;

// dotnet run -c Release --project benchmarks/RelationsGraph.Benchmarks -- <command>
//   snapshot | query          BenchmarkDotNet runs (any further arguments go to BenchmarkDotNet)
//   generate <directory> [world options]
//                             writes the world as graph-seed CSV files, reads it back and checks its size
//   http [--connections 32] [--threads 2] [--seconds 8] [--warm-up 3] [--rounds 3] [--cache both|on|off]
//        [--only NAME,...] [--env NAME=VALUE]... [--api SETTING=VALUE]... [--pin API:CLIENT] [--floor] [world options]
//                             wrk against the API process on 127.0.0.1, every request with its answer's size, cache
//                             off and on, and its throughput as a ratio to { __typename } in the same round;
//                             --floor: against Kestrel answering constant bytes instead (with --only "typename,/health")
//   floor-server --urls URL   that floor server, started by http --floor
//   growth [--sizes 1000,5000,20000] [--iterations 3] [--phases] [--no-api] [world options]
//                             build time, memory held, query time and API start-up for each world size;
//                             --phases adds a table of reading and building phase by phase, --no-api skips the API
//   profile [--calls 300] [--warm-up 5] [--only NAME] [--api SETTING=VALUE]... [world options]
//                             where one answer's time goes in process: library query, parse, execute, serialise
//   soak [honest] [abusive] [seconds] [--env NAME=VALUE]... [--api SETTING=VALUE]... [--pin API:CLIENT]
//                             honest and abusive clients at once on the synthetic world (default 56 + 8 for 60 s);
//                             honest latency per query kind, processor time of the API and of the load generator
//   embed [runs]              first render of the embed view for a 1,000+ node network in headless chromium (default 7 runs)
//   extraction                BenchmarkDotNet run of reading and extracting 5 KB text articles
//   extract <count> [dir]     bounded batch run over <count> generated 5 KB articles: documents/s and peak working set
//   loader-phases <folder> [graph-seed]
//                             where one cold extract run's time goes: rules, graph-seed, gazetteer, documents, merge, JSON
//                             (PHASES_ALLOCATIONS=1: also bytes allocated per document by each extractor step)
//   api-snapshot-phases [graph-seed]
//                             the API's first snapshot in a fresh process: graph-seed read, snapshot build, statistics
//   lookup                    BenchmarkDotNet run of province(name:) on the embedded default gazetteer
//   startup [runs] [--vs API_DLL]  process start to first healthy /health of the API on the embedded default (default 7
//                             runs); with --vs, another build of the API (main's Release output copied) in turn with it
// World options: --units 5000 --units-per-country 50 --instruments (20 per unit) --documents (2 per unit)
//   --random-seed N, and the real graph-seed merged in: the repository's by default, --real-seed DIR, or --no-real-seed.
try
{
    return args.FirstOrDefault() switch
    {
        "snapshot" => Run<SnapshotBenchmarks>(args[1..]),
        "query" => Run<QueryBenchmarks>(args[1..]),
        "generate" => await Generate(new BenchmarkArguments(args[1..], BenchmarkArguments.WorldFlags)),
        "http" => await HttpLoadRun.RunAsync(new BenchmarkArguments(args[1..], BenchmarkArguments.HttpFlags)),
        "floor-server" => await FloorServer.RunAsync(args[1..]),
        "growth" => await GrowthRun.RunAsync(new BenchmarkArguments(args[1..], BenchmarkArguments.GrowthFlags)),
        "profile" => await ProfileRun.RunAsync(new BenchmarkArguments(args[1..], BenchmarkArguments.WorldFlags)),
        "soak" => await SoakRun.RunAsync(new BenchmarkArguments(args[1..], BenchmarkArguments.NoFlags)),
        "embed" => await EmbedRenderRun.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 7),
        "extraction" => Run<ExtractionBenchmarks>(args[1..]),
        "lookup" => Run<GazetteerBenchmarks>(args[1..]),
        "startup" => await StartupRun.RunAsync(
            args.Length > 1 && args[1] != "--vs" ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 7,
            args.SkipWhile(arg => arg != "--vs").Skip(1).FirstOrDefault()),
        "extract" when args.Length >= 2 => await ExtractionLoadRun.RunAsync(
            int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture),
            args.Length > 2 ? args[2] : Path.Combine(Path.GetTempPath(), "relationsgraph-extraction-bench")),
        "api-snapshot-phases" => await ApiSnapshotPhasesRun.RunAsync(args.Length > 1 ? args[1] : null),
        "loader-phases" when args.Length >= 2 => await LoaderPhasesRun.RunAsync(args[1], args.Length > 2 ? args[2] : null),
        _ => Usage(),
    };
}
catch (ArgumentException exception)
{
    Console.Error.WriteLine(exception.Message);
    return Usage();
}

static int Run<T>(string[] arguments)
{
    var summary = BenchmarkRunner.Run<T>(args: arguments);
    return summary.HasCriticalValidationErrors ? 1 : 0;
}

static async Task<int> Generate(BenchmarkArguments arguments)
{
    var world = await arguments.WorldAsync();
    arguments.RequireAllRead();
    return arguments.Positional.Count == 1
        ? await GenerateCommand.RunAsync(arguments.Positional[0], world)
        : throw new ArgumentException("generate takes one directory.");
}

static int Usage()
{
    Console.Error.WriteLine("usage: RelationsGraph.Benchmarks snapshot|query|generate <directory> [options]|http [options]|growth [options]|profile [options]|soak [honest] [abusive] [seconds] [options]|embed [runs]|extraction|extract <count> [directory]|loader-phases <folder> [graph-seed]|api-snapshot-phases [graph-seed]|lookup|startup [runs] [--vs API_DLL] (options: see Program.cs and docs/benchmarks.md)");
    return 2;
}
