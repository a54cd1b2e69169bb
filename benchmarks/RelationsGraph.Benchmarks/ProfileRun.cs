using System.Diagnostics;
using System.Globalization;
using RelationsGraph.Partnerships;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Benchmarks;

/// <summary>
/// Where the time of one answer goes, in process on the world-scale graph: the query in the library (what the root
/// resolver calls), parsing, graphql-dotnet's execution with a cached document (validation rules for cached documents,
/// every field's resolver, the result tree), its own phase timings (Apollo tracing metrics), and JSON serialisation.
/// Times are medians over many calls, allocations are bytes per call.
/// </summary>
internal static class ProfileRun
{
    public static async Task<int> RunAsync(BenchmarkArguments arguments)
    {
        var calls = arguments.Integer("calls", 300);
        var only = arguments.Text("only");
        var warmUpTime = TimeSpan.FromSeconds(arguments.Integer("warm-up", 5));
        var settings = HttpLoadRun.Pairs(arguments.All("api"), "--api");
        var world = await arguments.WorldAsync();
        arguments.RequireAllRead();

        var snapshot = SnapshotBuilder.Build(SyntheticWorld.Generate(world), "graph-seed", "v", DateTimeOffset.UnixEpoch);
        using var graph = new InProcessGraphQL(snapshot, settings: settings);
        var queries = new[]
        {
            (Name: "headline LA-VN, real seed", Query: Query("LA", "VN"), Country: "LA", Partner: "VN"),
            (Name: "headline LA-VN without evidence", Query: HttpLoadRun.HeadlineWithoutEvidence, Country: "LA", Partner: "VN"),
            (Name: "AA-AB partners only", Query: QueryBenchmarks.Query, Country: SyntheticWorld.FirstCountry, Partner: SyntheticWorld.NeighbourCountry),
            (Name: "AA-AB with instruments and evidence", Query: Query(SyntheticWorld.FirstCountry, SyntheticWorld.NeighbourCountry), Country: SyntheticWorld.FirstCountry, Partner: SyntheticWorld.NeighbourCountry),
        };

        // Every path runs long enough first for tiered compilation to reach its optimised code.
        var warmUp = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(warmUp) < warmUpTime)
        {
            foreach (var entry in queries)
            {
                _ = await graph.AnswerAsync(entry.Query);
            }
        }

        Console.WriteLine($"Load average before: {HttpLoadRun.LoadAverage()}; {calls} calls per figure (medians)");
        Console.WriteLine();
        Console.WriteLine("| Answer | Bytes | Values | Cost estimate | Query in the library (allocated) | Parse | Execute (cached document) | of which validation (metrics) | Serialise | Execute + serialise | Execute + serialise, p10 | Processor per call: execute / serialise / both | Allocated: execute / serialise |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (name, query, country, partner) in queries.Where(entry => only is null || entry.Name.Contains(only, StringComparison.OrdinalIgnoreCase)))
        {
            var library = Time(calls, () => Task.FromResult<object>(snapshot.ProvincesWithSeveralPartners(country, partner, 2, null, null)));
            var parse = Time(calls, () => Task.FromResult<object>(GraphQLParser.Parser.Parse(query)));
            var result = await graph.ExecuteAsync(query);
            var complexity = graph.LastComplexity;
            var execute = Time(calls, async () => Release(await graph.ExecuteAsync(query)));
            var serialise = Time(calls, async () => await graph.SerializeAsync(result));
            var both = Time(calls, async () => await graph.AnswerAsync(query));
            var answer = await graph.SerializeAsync(result);
            var values = CountValues(System.Text.Json.JsonDocument.Parse(answer).RootElement);

            var validation = new List<double>();
            for (var call = 0; call < Math.Min(calls, 100); call++)
            {
                var traced = await graph.ExecuteAsync(query, metrics: true);
                validation.Add(traced.Perf?.Where(record => record.Category == "document" && record.Subject is "Validating document" or "Validating cached document").Sum(record => record.Duration) ?? double.NaN);
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {answer.Length:N0} | {values:N0} | {complexity:N0} | {library.Median * 1000:N0} µs (p10 {library.Tenth * 1000:N0} µs, {library.Allocated / 1024:N0} KB) | {parse.Median * 1000:N0} µs | {execute.Median * 1000:N0} µs | {Median(validation) * 1000:N0} µs | {serialise.Median * 1000:N0} µs | {both.Median * 1000:N0} µs | {both.Tenth * 1000:N0} µs | {execute.Processor * 1000:N0} / {serialise.Processor * 1000:N0} / {both.Processor * 1000:N0} µs | {execute.Allocated / 1024:N0} KB / {serialise.Allocated / 1024:N0} KB |"));
        }

        Console.WriteLine();
        Console.WriteLine($"Load average after: {HttpLoadRun.LoadAverage()}");
        return 0;
    }

    /// <summary>Gives back the pooled memory of an answer written while it executed (the API does once it is sent).</summary>
    private static object Release(GraphQL.ExecutionResult result)
    {
        (result.Data as IDisposable)?.Dispose();
        return result;
    }

    private static string Query(string country, string partner) =>
        HttpLoadRun.Headline.Replace("\"LA\"", $"\"{country}\"", StringComparison.Ordinal).Replace("\"VN\"", $"\"{partner}\"", StringComparison.Ordinal);

    private static int CountValues(System.Text.Json.JsonElement element) => element.ValueKind switch
    {
        System.Text.Json.JsonValueKind.Object => 1 + element.EnumerateObject().Sum(property => CountValues(property.Value)),
        System.Text.Json.JsonValueKind.Array => 1 + element.EnumerateArray().Sum(CountValues),
        _ => 1,
    };

    private static (double Median, double Allocated, double Processor, double Tenth) Time(int calls, Func<Task<object>> call)
    {
        for (var warm = 0; warm < Math.Max(20, calls / 10); warm++)
        {
            call().GetAwaiter().GetResult();
        }

        var times = new List<double>(calls);
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var processor = Process.GetCurrentProcess().TotalProcessorTime;
        for (var index = 0; index < calls; index++)
        {
            var started = Stopwatch.GetTimestamp();
            call().GetAwaiter().GetResult();
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        var processorPerCall = (Process.GetCurrentProcess().TotalProcessorTime - processor).TotalMilliseconds / calls;
        // The tenth percentile: a call that no other process interrupted, steadier than the median on a shared machine.
        return (Median(times), (GC.GetTotalAllocatedBytes(precise: true) - allocated) / (double)calls, processorPerCall, times.Order().ElementAt(calls / 10));
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
