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

        var port = FreePort();
        var apiDll = Path.Combine(AppContext.BaseDirectory, "RelationsGraph.Api.dll");
        string[] arguments =
        [
            apiDll, "--urls", $"http://127.0.0.1:{port}", "--Seed:Path", directory, "--Logging:LogLevel:Default", "Warning",
            "--GraphQL:Limits:ResultCacheBytes", resultCache ? "33554432" : "0",
        ];
        Console.Error.WriteLine(resultCache ? "The API answers repeated requests from its result cache." : "The API's result cache is off: every request is executed.");
        using var api = Process.Start(new ProcessStartInfo("dotnet", arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        }) ?? throw new InvalidOperationException("Could not start the API.");
        try
        {
            var baseAddress = new Uri($"http://127.0.0.1:{port}");
            using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
            using var http = new HttpClient(handler) { BaseAddress = baseAddress };
            await WaitForHealthAsync(http);

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
            api.Kill(entireProcessTree: true);
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

    private static async Task WaitForHealthAsync(HttpClient http)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var response = await http.GetAsync("/health");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("The API did not become healthy within 60 s.");
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
