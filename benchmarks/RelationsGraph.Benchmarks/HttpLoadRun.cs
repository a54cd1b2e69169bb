using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using RelationsGraph.Seed;

namespace RelationsGraph.Benchmarks;

/// <summary>One request of the HTTP run: a GET of <see cref="Path"/>, or a POST of a GraphQL query to /graphql.</summary>
internal sealed record LoadRequest(string Name, string Path, string? Body, string Accept = "application/graphql-response+json", string? MustContain = null)
{
    public static LoadRequest GraphQL(string name, string query, string? mustContain = null) =>
        new(name, "/graphql", JsonSerializer.Serialize(new { query }), MustContain: mustContain);

    public static LoadRequest Get(string name, string path) => new(name, path, null, "application/json");
}

/// <summary>
/// A bounded load run over real HTTP on 127.0.0.1: the API runs as its own process (Release) on the world-scale graph
/// (the real graph-seed merged into the synthetic world), and wrk sends each request with a fixed number of
/// connections, first with the result cache off and then on. Each request is run in several rounds, the requests
/// taking turns, so that a change in the shared machine's load touches them all; a request's throughput is also
/// given as a ratio to <c>{ __typename }</c> in the same round, which is the figure to compare between runs.
/// </summary>
internal static class HttpLoadRun
{
    /// <summary>The headline question of the README, with instruments and evidence.</summary>
    public const string Headline = """
        { provincesWithSeveralPartners(country: "LA", partnerCountry: "VN") { province { name } partnerCount partners { partner { name } instruments { kind title periodStart periodEnd evidence { document { title } quote } } } } }
        """;

    /// <summary>
    /// The headline question with its instruments but not their evidence: an answer of about the size the issue
    /// measured for the headline (8.5 KB) before the real seed grew, so that figure keeps a like-for-like request.
    /// </summary>
    public const string HeadlineWithoutEvidence = """
        { provincesWithSeveralPartners(country: "LA", partnerCountry: "VN") { province { name } partnerCount partners { partner { name } instruments { kind title periodStart periodEnd } } } }
        """;

    public static readonly IReadOnlyList<LoadRequest> Requests =
    [
        LoadRequest.GraphQL("{ __typename }", "{ __typename }"),
        LoadRequest.Get("GET /health", "/health"),
        LoadRequest.Get("GET /health/live", "/health/live"),
        LoadRequest.GraphQL("headline LA-VN, real seed (instruments, evidence)", Headline, mustContain: "Xaisomboun"),
        LoadRequest.GraphQL("headline LA-VN, real seed (instruments, no evidence)", HeadlineWithoutEvidence, mustContain: "Xaisomboun"),
        LoadRequest.GraphQL("AA-AB partners only", QueryBenchmarks.Query),
        LoadRequest.GraphQL("AA-AB with instruments and evidence", Headline.Replace("\"LA\"", "\"AA\"", StringComparison.Ordinal).Replace("\"VN\"", "\"AB\"", StringComparison.Ordinal)),
    ];

    public static async Task<int> RunAsync(BenchmarkArguments arguments)
    {
        var connections = arguments.Integer("connections", 32);
        var threads = arguments.Integer("threads", 2);
        var duration = TimeSpan.FromSeconds(arguments.Integer("seconds", 8));
        var warmUp = TimeSpan.FromSeconds(arguments.Integer("warm-up", 3));
        var rounds = arguments.Integer("rounds", 3);
        var modes = (arguments.Text("cache") ?? "both") switch
        {
            "both" => new[] { false, true },
            "off" => [false],
            "on" => [true],
            var other => throw new ArgumentException($"--cache takes on, off or both, not '{other}'."),
        };
        // --pin API:CLIENT (taskset lists, e.g. 1:0) keeps the API and wrk off each other's processors, as separate
        // machines would be; without it they share every processor and each stalls the other.
        var pin = arguments.Text("pin")?.Split(':') is { Length: 2 } parts ? (Api: parts[0], Client: parts[1]) : ((string Api, string Client)?)null;
        // --floor: the same run against FloorServer (Kestrel answering constant bytes) instead of the API, to tell
        // what ratio this machine and method allow any ASP.NET Core server at all.
        var floor = arguments.Flag("floor");
        var only = arguments.Text("only")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var environment = Pairs(arguments.All("env"), "--env");
        var settings = Pairs(arguments.All("api"), "--api").SelectMany(pair => new[] { "--" + pair.Key, pair.Value }).ToArray();
        var world = await arguments.WorldAsync();
        arguments.RequireAllRead();
        var requests = Requests.Where((request, index) => index == 0 || only is null || only.Any(name => request.Name.Contains(name, StringComparison.OrdinalIgnoreCase))).ToList();

        await Wrk.EnsureInstalledAsync();
        var directory = Path.Combine(Path.GetTempPath(), $"relationsgraph-http-bench-{Environment.ProcessId}");
        Console.Error.WriteLine($"Writing the world ({world.Units:N0} synthetic units, real seed {(world.RealSeed is null ? "not included" : "included")}) to {directory}");
        await GraphSeedWriter.WriteAsync(SyntheticWorld.Generate(world), directory, CancellationToken.None);
        var failures = 0;
        try
        {
            Console.WriteLine($"wrk: {connections} connections, {threads} threads, {duration.TotalSeconds:0} s per request and round, {rounds} rounds after a {warmUp.TotalSeconds:0} s warm-up of each; {(pin is { } cpus ? $"API on processor(s) {cpus.Api}, wrk on {cpus.Client}" : "API and wrk share the processors")}{(floor ? "; the floor (Kestrel answering constant bytes) in the API's place" : string.Empty)}; load average before: {LoadAverage()}");
            if (environment.Count > 0 || settings.Length > 0)
            {
                Console.WriteLine("API environment: " + string.Join(" ", environment.Select(pair => $"{pair.Key}={pair.Value}")) + " settings: " + string.Join(" ", settings));
            }

            Console.WriteLine();
            Console.WriteLine("| Request | Answer | Result cache | Requests/s | Ratio to `{ __typename }` | API CPU per request | CPU ratio | p50 | p90 | p99 | max | p99/p50 | Errors | wrk CPU per request | API threads waiting |");
            Console.WriteLine("|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var cache in modes)
            {
                using var api = floor
                    ? await BenchmarkApi.StartFloorAsync(environment, pin?.Api)
                    : await BenchmarkApi.StartAsync(directory, environment, pin?.Api, [.. settings, "--GraphQL:Limits:ResultCacheBytes", cache ? "33554432" : "0"]);
                var sizes = new Dictionary<LoadRequest, int>();
                foreach (var request in requests)
                {
                    sizes[request] = await CheckAsync(api.Address, request);
                }

                foreach (var request in requests)
                {
                    await Wrk.RunAsync(api.Address, request, connections, threads, warmUp, pin?.Client);
                }

                var results = requests.ToDictionary(request => request, _ => new List<WrkResult>());
                var processor = requests.ToDictionary(request => request, _ => new List<double>());
                var client = requests.ToDictionary(request => request, _ => new List<double>());
                var waiting = requests.ToDictionary(request => request, _ => new List<double>());
                for (var round = 0; round < rounds; round++)
                {
                    foreach (var request in requests)
                    {
                        var before = api.ProcessorTime;
                        var waitBefore = api.RunQueueWaitByThread();
                        var clientBefore = Wrk.EndedChildrenProcessorTime;
                        var run = await Wrk.RunAsync(api.Address, request, connections, threads, duration, pin?.Client);
                        results[request].Add(run);
                        processor[request].Add((api.ProcessorTime - before).TotalMilliseconds * 1000 / Math.Max(1, run.Requests));
                        client[request].Add((Wrk.EndedChildrenProcessorTime - clientBefore).TotalMilliseconds * 1000 / Math.Max(1, run.Requests));
                        waiting[request].Add(api.RunQueueWaitSince(waitBefore).TotalSeconds / run.Seconds);
                    }
                }

                foreach (var request in requests)
                {
                    var runs = results[request];
                    var ratios = runs.Select((run, round) => run.RequestsPerSecond / results[requests[0]][round].RequestsPerSecond).ToList();
                    var cpu = processor[request];
                    var cpuRatios = cpu.Select((micros, round) => processor[requests[0]][round] / micros).ToList();
                    var errors = runs.Sum(run => run.Errors);
                    failures += errors > 0 ? 1 : 0;
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {request.Name} | {Size(sizes[request])} | {(cache ? "on" : "off")} | {Median(runs.Select(run => run.RequestsPerSecond)):N0} | {Median(ratios):F2} | {Median(cpu):N0} µs | {Median(cpuRatios):F2} | {Median(runs.Select(run => run.P50)):F2} ms | {Median(runs.Select(run => run.P90)):F2} ms | {Median(runs.Select(run => run.P99)):F2} ms | {runs.Max(run => run.Max):F1} ms | {Median(runs.Select(run => run.P99 / run.P50)):F1} | {errors} | {Median(client[request]):N0} µs | {Median(waiting[request]):F2} |"));
                }
            }

            Console.WriteLine();
            Console.WriteLine("Medians over the rounds (max: the largest of any round). API CPU per request: the API process's processor time (user + system, all threads) during the run over the requests answered; CPU ratio: that of { __typename } over this one's, the throughput ratio a machine with the processors to itself would show. wrk CPU per request: the load generator's own processor time over the requests answered (times requests/s: the processors it takes from the API when they share them). API threads waiting: the API's threads' time runnable but not running (/proc/PID/task/*/schedstat) over the run's wall time, the average number of its threads waiting for a processor. Load average after: " + LoadAverage());
            return failures == 0 ? 0 : 1;
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>Sends the request once: it must succeed without errors; returns the answer's size in bytes.</summary>
    private static async Task<int> CheckAsync(Uri address, LoadRequest request)
    {
        using var http = new HttpClient { BaseAddress = address };
        using var message = new HttpRequestMessage(request.Body is null ? HttpMethod.Get : HttpMethod.Post, request.Path);
        if (request.Body is { } body)
        {
            message.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        message.Headers.Accept.ParseAdd(request.Accept);
        using var response = await http.SendAsync(message);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = Encoding.UTF8.GetString(bytes);
        if (!response.IsSuccessStatusCode || (request.Body is not null && JsonNode.Parse(text)?["errors"] is not null))
        {
            throw new InvalidOperationException($"{request.Name} failed ({(int)response.StatusCode}): {text[..Math.Min(500, text.Length)]}");
        }

        if (request.MustContain is { } expected && !text.Contains(expected, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{request.Name}: the answer does not name {expected}: {text[..Math.Min(500, text.Length)]}");
        }

        return bytes.Length;
    }

    internal static Dictionary<string, string> Pairs(IReadOnlyList<string> values, string option) =>
        values.Select(value => value.Split('=', 2)).ToDictionary(
            pair => pair.Length == 2 ? pair[0] : throw new ArgumentException($"{option} takes NAME=VALUE, not '{pair[0]}'."),
            pair => pair[1],
            StringComparer.Ordinal);

    private static string Size(int bytes) => bytes < 1024 ? $"{bytes} B" : string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:F1} KB");

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    internal static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
