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

    private static readonly string[] HonestKinds = ["province", "provincesWithSeveralPartners", "instruments", "graph"];

    /// <summary>
    /// <c>soak [honest] [abusive] [seconds] [--env NAME=VALUE]... [--api SETTING=VALUE]... [--pin API:CLIENT]</c>:
    /// environment variables and settings for the API process (e.g. a GC setting, measured against a run without it),
    /// and processor lists (taskset style, e.g. 1:0) that keep the API and this load generator off each other's
    /// processors.
    /// </summary>
    public static async Task<int> RunAsync(BenchmarkArguments arguments)
    {
        int Positional(int index, int fallback) =>
            arguments.Positional.Count > index ? int.Parse(arguments.Positional[index], System.Globalization.CultureInfo.InvariantCulture) : fallback;
        var honestClients = Positional(0, 56);
        var abusiveClients = Positional(1, 8);
        var duration = TimeSpan.FromSeconds(Positional(2, 60));
        var environment = HttpLoadRun.Pairs(arguments.All("env"), "--env");
        var settings = HttpLoadRun.Pairs(arguments.All("api"), "--api").SelectMany(pair => new[] { "--" + pair.Key, pair.Value }).ToArray();
        var pin = arguments.Text("pin")?.Split(':') is { Length: 2 } parts ? (Api: parts[0], Client: parts[1]) : ((string Api, string Client)?)null;
        arguments.RequireAllRead();

        var directory = Path.Combine(Path.GetTempPath(), $"relationsgraph-soak-seed-{Environment.ProcessId}");
        Console.Error.WriteLine("Writing the synthetic world to " + directory);
        await GraphSeedWriter.WriteAsync(SyntheticWorld.Generate(), directory, CancellationToken.None);
        try
        {
            using var api = await BenchmarkApi.StartAsync(directory, environment, pin?.Api, settings);
            if (pin is { } cpus && (OperatingSystem.IsLinux() || OperatingSystem.IsWindows()))
            {
                Process.GetCurrentProcess().ProcessorAffinity = ProcessorMask(cpus.Client);
            }

            Console.WriteLine($"soak: {honestClients} honest and {abusiveClients} abusive connections for {duration.TotalSeconds:0} s; {(pin is { } on ? $"API on processor(s) {on.Api}, load generator on {on.Client}" : "API and load generator share the processors")}; load average before: {HttpLoadRun.LoadAverage()}");
            if (environment.Count > 0 || settings.Length > 0)
            {
                Console.WriteLine("API environment: " + string.Join(" ", environment.Select(pair => $"{pair.Key}={pair.Value}")) + " settings: " + string.Join(" ", settings));
            }

            using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = honestClients + abusiveClients, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
            using var http = new HttpClient(handler) { BaseAddress = api.Address, Timeout = TimeSpan.FromSeconds(30) };
            var abusive = AbusiveRequests();

            Console.Error.WriteLine("Warming up for 5 s");
            await LoadAsync(http, honestClients, 0, abusive, TimeSpan.FromSeconds(5));
            Console.Error.WriteLine($"Soaking for {duration.TotalSeconds} s: {honestClients} honest and {abusiveClients} abusive connections");
            var apiBefore = api.ProcessorTime;
            var clientBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var result = await LoadAsync(http, honestClients, abusiveClients, abusive, duration);
            var apiSpent = api.ProcessorTime - apiBefore;
            var clientSpent = Process.GetCurrentProcess().TotalProcessorTime - clientBefore;
            var peak = api.PeakResidentBytes;

            var all = result.Honest.Select(sample => sample.Milliseconds).ToList();
            Console.WriteLine($"honest: {all.Count} requests ({all.Count / result.Elapsed.TotalSeconds:F0}/s), {result.HonestErrors} errors; latency ms {Percentiles(all)}");
            foreach (var kind in result.Honest.GroupBy(sample => sample.Kind).OrderBy(group => group.Key))
            {
                Console.WriteLine($"  {HonestKinds[kind.Key]}: {kind.Count()} requests; latency ms {Percentiles([.. kind.Select(sample => sample.Milliseconds)])}");
            }

            var seconds = result.Elapsed.TotalSeconds;
            Console.WriteLine($"processor time during the soak: API {apiSpent.TotalSeconds:F1} s ({apiSpent.TotalSeconds / seconds:F2} processors), load generator {clientSpent.TotalSeconds:F1} s ({clientSpent.TotalSeconds / seconds:F2} processors); API per request {apiSpent.TotalMicroseconds / (all.Count + result.Abusive.Values.Sum(list => list.Count)):F0} µs");
            Console.WriteLine($"abusive: {result.Abusive.Values.Sum(list => list.Count)} requests, slowest answer {result.Abusive.Values.SelectMany(list => list).DefaultIfEmpty(0).Max():F0} ms");
            foreach (var (code, times) in result.Abusive.OrderBy(pair => pair.Key, StringComparer.Ordinal))
            {
                var sorted = times.OrderBy(value => value).ToList();
                Console.WriteLine($"  {code}: {sorted.Count} answers, p50 {sorted[sorted.Count / 2]:F1} ms, max {sorted[^1]:F1} ms");
            }

            Console.WriteLine($"API peak resident memory: {peak / (1024.0 * 1024.0):F0} MB; load average after: {HttpLoadRun.LoadAverage()}");
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

    private static string Percentiles(List<double> values)
    {
        values.Sort();
        double At(double p) => values.Count == 0 ? double.NaN : values[Math.Min(values.Count - 1, (int)Math.Ceiling(p * values.Count) - 1)];
        return $"p50 {At(0.5):F2}, p90 {At(0.9):F2}, p99 {At(0.99):F2}, max {values.LastOrDefault():F2}";
    }

    private static IntPtr ProcessorMask(string list) =>
        checked((IntPtr)list.Split(',').Select(cpu => 1L << int.Parse(cpu, System.Globalization.CultureInfo.InvariantCulture)).Aggregate(0L, (mask, bit) => mask | bit));

    private static async Task<(List<(int Kind, double Milliseconds)> Honest, int HonestErrors, Dictionary<string, List<double>> Abusive, TimeSpan Elapsed)> LoadAsync(
        HttpClient http, int honestClients, int abusiveClients, byte[][] abusive, TimeSpan duration)
    {
        var stopAt = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var honest = new ConcurrentBag<List<(int Kind, double Milliseconds)>>();
        var abusiveTimes = new ConcurrentDictionary<string, ConcurrentBag<double>>(StringComparer.Ordinal);
        var honestErrors = 0;
        var started = Stopwatch.GetTimestamp();
        var honestTasks = Enumerable.Range(0, honestClients).Select(client => Task.Run(async () =>
        {
            var latencies = new List<(int Kind, double Milliseconds)>(100_000);
            var random = new Random(client);
            while (Stopwatch.GetTimestamp() < stopAt)
            {
                var (body, kind) = HonestRequest(random);
                var (ok, milliseconds, _) = await SendAsync(http, body);
                if (!ok)
                {
                    Interlocked.Increment(ref honestErrors);
                }

                latencies.Add((kind, milliseconds));
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

    private static (byte[] Body, int Kind) HonestRequest(Random random)
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
        return (JsonSerializer.SerializeToUtf8Bytes(new { query = HonestQueries[kind], variables }), kind);
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
