using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using RelationsGraph.Seed;

namespace RelationsGraph.Benchmarks;

/// <summary>
/// A bounded load run over real HTTP on 127.0.0.1: the API runs as its own process on the synthetic world, and
/// concurrent clients send provincesWithSeveralPartners for a fixed time after a warm-up. Reports requests per
/// second and latency percentiles.
/// </summary>
internal static class HttpLoadRun
{
    public static async Task<int> RunAsync(int clients, TimeSpan duration, TimeSpan warmUp, bool resultCache)
    {
        var directory = Path.Combine(Path.GetTempPath(), "relationsgraph-http-bench-seed");
        Console.Error.WriteLine("Writing the synthetic world to " + directory);
        await GraphSeedWriter.WriteAsync(SyntheticWorld.Generate(), directory, CancellationToken.None);

        Console.Error.WriteLine(resultCache ? "The API answers repeated requests from its result cache." : "The API's result cache is off: every request is executed.");
        try
        {
            using var api = await BenchmarkApi.StartAsync(directory, "--GraphQL:Limits:ResultCacheBytes", resultCache ? "33554432" : "0");
            using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
            using var http = new HttpClient(handler) { BaseAddress = api.Address };

            var body = Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(new { query = QueryBenchmarks.Query }));
            Console.Error.WriteLine($"Warming up for {warmUp.TotalSeconds} s with {clients} clients");
            await LoadAsync(http, body, clients, warmUp, record: false);
            Console.Error.WriteLine($"Measuring for {duration.TotalSeconds} s with {clients} clients");
            var (latencies, errors, elapsed) = await LoadAsync(http, body, clients, duration, record: true);

            latencies.Sort();
            double Percentile(double p) => latencies.Count == 0 ? double.NaN : latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(p * latencies.Count) - 1)];
            Console.WriteLine($"requests: {latencies.Count}, errors: {errors}, seconds: {elapsed.TotalSeconds:F1}");
            Console.WriteLine($"throughput: {latencies.Count / elapsed.TotalSeconds:F0} requests/s");
            Console.WriteLine($"latency ms: p50 {Percentile(0.50):F2}, p90 {Percentile(0.90):F2}, p99 {Percentile(0.99):F2}, max {latencies.LastOrDefault():F2}");
            return errors == 0 ? 0 : 1;
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task<(List<double> Latencies, int Errors, TimeSpan Elapsed)> LoadAsync(HttpClient http, byte[] body, int clients, TimeSpan duration, bool record)
    {
        var stopAt = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var perClient = new List<double>[clients];
        var errors = 0;
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async client =>
        {
            var latencies = perClient[client] = new List<double>(100_000);
            while (Stopwatch.GetTimestamp() < stopAt)
            {
                using var content = new ByteArrayContent(body);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
                request.Headers.Accept.ParseAdd("application/graphql-response+json");
                var begin = Stopwatch.GetTimestamp();
                using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead);
                var end = Stopwatch.GetTimestamp();
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref errors);
                }

                if (record)
                {
                    latencies.Add((end - begin) * 1000.0 / Stopwatch.Frequency);
                }
            }
        }));
        var elapsed = Stopwatch.GetElapsedTime(started);
        return ([.. perClient.SelectMany(list => list)], errors, elapsed);
    }
}
