using BenchmarkDotNet.Running;
using RelationsGraph.Benchmarks;
using RelationsGraph.Seed;

// dotnet run -c Release --project benchmarks/RelationsGraph.Benchmarks -- <command>
//   snapshot | query          BenchmarkDotNet runs (any further arguments go to BenchmarkDotNet)
//   http [clients] [seconds] [--no-result-cache]
//                             bounded load run over HTTP on 127.0.0.1 (default 32 clients, 20 s after 5 s warm-up)
//   soak [honest] [abusive] [seconds]
//                             honest and abusive clients at once on the synthetic world (default 56 + 8 for 60 s)
//   generate <directory>      writes the synthetic world as graph-seed CSV files
//   embed [runs]              first render of the embed view for a 1,000+ node network in headless chromium (default 7 runs)
//   extraction                BenchmarkDotNet run of reading and extracting 5 KB text articles
//   extract <count> [dir]     bounded batch run over <count> generated 5 KB articles: documents/s and peak working set
//   lookup                    BenchmarkDotNet run of province(name:) on the embedded default gazetteer
//   startup [runs]            process start to first healthy /health of the API on the embedded default (default 7 runs)
return args.FirstOrDefault() switch
{
    "snapshot" => Run<SnapshotBenchmarks>(args[1..]),
    "query" => Run<QueryBenchmarks>(args[1..]),
    "http" => await HttpLoadRun.RunAsync(
        args.Length > 1 && int.TryParse(args[1], System.Globalization.CultureInfo.InvariantCulture, out var clients) ? clients : 32,
        TimeSpan.FromSeconds(args.Length > 2 && int.TryParse(args[2], System.Globalization.CultureInfo.InvariantCulture, out var seconds) ? seconds : 20),
        TimeSpan.FromSeconds(5),
        resultCache: !args.Contains("--no-result-cache")),
    "soak" => await SoakRun.RunAsync(
        args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 56,
        args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 8,
        TimeSpan.FromSeconds(args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 60)),
    "generate" when args.Length == 2 => await Generate(args[1]),
    "embed" => await EmbedRenderRun.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 7),
    "extraction" => Run<ExtractionBenchmarks>(args[1..]),
    "extract" when args.Length >= 2 => await ExtractionLoadRun.RunAsync(
        int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture),
        args.Length > 2 ? args[2] : Path.Combine(Path.GetTempPath(), "relationsgraph-extraction-bench")),
    "lookup" => Run<GazetteerBenchmarks>(args[1..]),
    "startup" => await StartupRun.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 7),
    _ => Usage(),
};

static int Run<T>(string[] arguments)
{
    var summary = BenchmarkRunner.Run<T>(args: arguments);
    return summary.HasCriticalValidationErrors ? 1 : 0;
}

static async Task<int> Generate(string directory)
{
    await GraphSeedWriter.WriteAsync(SyntheticWorld.Generate(), directory, CancellationToken.None);
    Console.WriteLine("Wrote the synthetic world to " + Path.GetFullPath(directory));
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("usage: RelationsGraph.Benchmarks snapshot|query|http [clients] [seconds]|soak [honest] [abusive] [seconds]|generate <directory>|embed [runs]|extraction|extract <count> [directory]|lookup|startup [runs]");
    return 2;
}
