using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using RelationsGraph.Seed;

namespace RelationsGraph.Benchmarks;

/// <summary>
/// A bounded soak of the public endpoint on the synthetic world: honest clients send journalists' queries (varied,
/// so most are executed rather than served from the result cache) while abusive clients send the requests of
/// issue 12 without pause. Reports what honest callers saw (requests, errors, latency percentiles), what abusive
/// ones got (error codes, slowest answer) and the API process's peak resident memory.
/// </summary>
internal static class SoakRun
{
    private static readonly string[] HonestQueries =
    [
        "query ($id: String!) { province(name: $id) { id name partners { partner { id name } instruments { id kind title signedOn } } } }",
        "query ($c: String!, $p: String!) { provincesWithSeveralPartners(country: $c, partnerCountry: $p) { province { id name } partnerCount partners { partner { id name } instruments { kind title periodStart periodEnd evidence { document { title } quote } } } } }",
        "query ($id: String!) { instruments(party: $id, first: 20) { totalCount nodes { id kind title signedOn parties { province { id name } level } } } }",
        "{ graph { source version units instruments } }",
    ];

    public static async Task<int> RunAsync(int honestClients, int abusiveClients, TimeSpan duration)
    {
        var directory = Path.Combine(Path.GetTempPath(), "relationsgraph-soak-seed");
        Console.Error.WriteLine("Writing the synthetic world to " + directory);
        await GraphSeedWriter.WriteAsync(SyntheticWorld.Generate(), directory, CancellationToken.None);
        try
        {
            using var api = await BenchmarkApi.StartAsync(directory);
            using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = honestClients + abusiveClients, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
            using var http = new HttpClient(handler) { BaseAddress = api.Address, Timeout = TimeSpan.FromSeconds(30) };
            var abusive = AbusiveRequests();

            Console.Error.WriteLine("Warming up for 5 s");
            await LoadAsync(http, honestClients, 0, abusive, TimeSpan.FromSeconds(5));
            Console.Error.WriteLine($"Soaking for {duration.TotalSeconds} s: {honestClients} honest and {abusiveClients} abusive connections");
            var result = await LoadAsync(http, honestClients, abusiveClients, abusive, duration);
            var peak = api.PeakResidentBytes;

            var latencies = result.Honest.OrderBy(value => value).ToList();
            double Percentile(double p) => latencies.Count == 0 ? double.NaN : latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(p * latencies.Count) - 1)];
            Console.WriteLine($"honest: {latencies.Count} requests ({latencies.Count / result.Elapsed.TotalSeconds:F0}/s), {result.HonestErrors} errors; latency ms p50 {Percentile(0.5):F2}, p90 {Percentile(0.9):F2}, p99 {Percentile(0.99):F2}, max {latencies.LastOrDefault():F2}");
            Console.WriteLine($"abusive: {result.Abusive.Count} requests, slowest answer {result.Abusive.Values.SelectMany(list => list).DefaultIfEmpty(0).Max():F0} ms");
            foreach (var (code, times) in result.Abusive.OrderBy(pair => pair.Key, StringComparer.Ordinal))
            {
                var sorted = times.OrderBy(value => value).ToList();
                Console.WriteLine($"  {code}: {sorted.Count} answers, p50 {sorted[sorted.Count / 2]:F1} ms, max {sorted[^1]:F1} ms");
            }

            Console.WriteLine($"API peak resident memory: {peak / (1024.0 * 1024.0):F0} MB");
            return result.HonestErrors == 0 ? 0 : 1;
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>The requests of issue 12, as bodies; the nested-list one passes the old estimate but not the new.</summary>
    private static byte[][] AbusiveRequests()
    {
        var fragments = "{ province(name: \"AA-000\") { ...F0 } } "
            + string.Concat(Enumerable.Range(0, 40).Select(i => $"fragment F{i} on Province {{ ...F{i + 1} ...F{i + 1} }} ")) + "fragment F40 on Province { id }";
        string[] queries =
        [
            fragments,
            "{ " + string.Concat(Enumerable.Range(0, 1_500).Select(i => i % 2 == 0 ? "a: graph { version } " : "a: countries { code } ")) + "}",
            "{ " + string.Concat(Enumerable.Repeat("province(name: \"i\") ", 1_800)) + "}",
            "{ provinces(first: 200) { nodes { instruments { nodes { parties { province { instruments { nodes { id } } } } } } } } }",
            new string('{', 1_000) + new string('}', 1_000),
            "{" + string.Concat(Enumerable.Repeat("a {", 1_000)) + "b" + new string('}', 1_001),
            "mutation { anything }",
            "{ graph { version " + string.Concat(Enumerable.Repeat("@x ", 10_000)) + "} }",
            // Allowed but heavy: runs in the heavy-query slot.
            "{ provinces(first: 1000) { nodes { id name instruments { nodes { id title } } } } }",
        ];
        return [.. queries.Select(query => JsonSerializer.SerializeToUtf8Bytes(new { query }))];
    }

    private static async Task<(List<double> Honest, int HonestErrors, Dictionary<string, List<double>> Abusive, TimeSpan Elapsed)> LoadAsync(
        HttpClient http, int honestClients, int abusiveClients, byte[][] abusive, TimeSpan duration)
    {
        var stopAt = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var honest = new ConcurrentBag<List<double>>();
        var abusiveTimes = new ConcurrentDictionary<string, ConcurrentBag<double>>(StringComparer.Ordinal);
        var honestErrors = 0;
        var started = Stopwatch.GetTimestamp();
        var honestTasks = Enumerable.Range(0, honestClients).Select(client => Task.Run(async () =>
        {
            var latencies = new List<double>(100_000);
            var random = new Random(client);
            while (Stopwatch.GetTimestamp() < stopAt)
            {
                var (body, _) = HonestRequest(random);
                var (ok, milliseconds, _) = await SendAsync(http, body);
                if (!ok)
                {
                    Interlocked.Increment(ref honestErrors);
                }

                latencies.Add(milliseconds);
            }

            honest.Add(latencies);
        }));
        var abusiveTasks = Enumerable.Range(0, abusiveClients).Select(client => Task.Run(async () =>
        {
            var index = client;
            while (Stopwatch.GetTimestamp() < stopAt)
            {
                var (_, milliseconds, code) = await SendAsync(http, abusive[index++ % abusive.Length]);
                abusiveTimes.GetOrAdd(code, _ => []).Add(milliseconds);
            }
        }));
        await Task.WhenAll(honestTasks.Concat(abusiveTasks));
        return ([.. honest.SelectMany(list => list)], honestErrors, abusiveTimes.ToDictionary(pair => pair.Key, pair => pair.Value.ToList(), StringComparer.Ordinal), Stopwatch.GetElapsedTime(started));
    }

    private static (byte[] Body, string Kind) HonestRequest(Random random)
    {
        var kind = random.Next(HonestQueries.Length);
        var country = SyntheticWorld.FirstCountry[0] + ((char)('A' + random.Next(4))).ToString();
        var partner = SyntheticWorld.FirstCountry[0] + ((char)('A' + random.Next(4))).ToString();
        var unit = $"{country}-{random.Next(50):D3}";
        object variables = kind switch
        {
            1 => new { c = country, p = partner },
            3 => new { },
            _ => new { id = unit },
        };
        return (JsonSerializer.SerializeToUtf8Bytes(new { query = HonestQueries[kind], variables }), kind.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static async Task<(bool Ok, double Milliseconds, string Code)> SendAsync(HttpClient http, byte[] body)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        var begin = Stopwatch.GetTimestamp();
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead);
            var text = await response.Content.ReadAsByteArrayAsync();
            var milliseconds = Stopwatch.GetElapsedTime(begin).TotalMilliseconds;
            using var json = JsonDocument.Parse(text);
            var code = json.RootElement.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0
                ? errors[0].TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var value) ? value.GetString() ?? "?" : "?"
                : "ANSWERED";
            return (response.IsSuccessStatusCode && code == "ANSWERED", milliseconds, code);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or JsonException)
        {
            return (false, Stopwatch.GetElapsedTime(begin).TotalMilliseconds, "NO_ANSWER:" + exception.GetType().Name);
        }
    }
}
