using System.Diagnostics;
using System.Globalization;

namespace RelationsGraph.Benchmarks;

/// <summary>
/// Start-up of the API on the embedded default (the repository's graph-seed): the time from starting the process to
/// the first successful /health, polled every 5 ms, and the processor time the API had used by then (its own
/// accounting: on a shared machine the figure that does not depend on what the other work left to it). Each run is a
/// fresh process, stopped once it answered. The API is run from its own Release output (src/RelationsGraph.Api/bin/
/// Release/net10.0: compiled ReadyToRun, as `dotnet build -c Release` leaves it), else from the copy beside the
/// benchmarks. With <c>--vs API_DLL</c> another build of the API (a copy of main's Release output) is started in turn with
/// this one, A B A B …, and each is summed up apart with the ratio of their medians: on a loaded machine the pairs share
/// its conditions.
/// </summary>
internal static class StartupRun
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    public static async Task<int> RunAsync(int runs, string? baseline = null)
    {
        var seed = ExtractionCorpus.FindGraphSeed();
        var api = Path.Combine(Path.GetDirectoryName(seed)!, "src", "RelationsGraph.Api", "bin", "Release", "net10.0", "RelationsGraph.Api.dll");
        if (!File.Exists(api))
        {
            api = Path.Combine(AppContext.BaseDirectory, "RelationsGraph.Api.dll");
        }

        if (baseline is not null && !File.Exists(baseline))
        {
            Console.Error.WriteLine($"No API at {baseline}.");
            return 2;
        }

        Console.WriteLine($"API: {api}");
        var a = new Runs(api);
        var b = baseline is null ? null : new Runs(Path.GetFullPath(baseline));
        if (b is not null)
        {
            Console.WriteLine($"versus (B): {b.Api}");
        }

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        for (var run = 0; run < runs; run++)
        {
            await RunOnceAsync(http, seed, a, run, b is null ? string.Empty : "A ");
            if (b is not null)
            {
                await RunOnceAsync(http, seed, b, run, "B ");
            }
        }

        var (medianA, processorA) = Summarize(a, runs, b is null ? string.Empty : "A: ");
        if (b is not null)
        {
            var (medianB, processorB) = Summarize(b, runs, "B: ");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"A/B: wall median {medianA / medianB:0.00}, processor time median {processorA / processorB:0.00}"));
        }

        return 0;
    }

    private sealed record Runs(string Api)
    {
        public List<double> Times { get; } = [];

        public List<double> ProcessorTimes { get; } = [];
    }

    private static (double Median, double ProcessorMedian) Summarize(Runs runs, int count, string label)
    {
        var times = runs.Times.Order().ToList();
        var processorTimes = runs.ProcessorTimes.Order().ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label}start-up to first healthy /health over {count} runs: median {times[times.Count / 2]:0} ms, min {times[0]:0} ms, max {times[^1]:0} ms; processor time median {processorTimes[processorTimes.Count / 2]:0} ms, min {processorTimes[0]:0} ms, max {processorTimes[^1]:0} ms"));
        return (times[times.Count / 2], processorTimes[processorTimes.Count / 2]);
    }

    private static async Task RunOnceAsync(HttpClient http, string seed, Runs runs, int run, string label)
    {
        var api = runs.Api;
        var times = runs.Times;
        var processorTimes = runs.ProcessorTimes;
        var address = new Uri($"http://127.0.0.1:{BenchmarkApi.FreePort()}");
        var started = Stopwatch.GetTimestamp();
        using var process = Process.Start(new ProcessStartInfo("dotnet",
        [
            api,
            "--urls", address.ToString(), "--Seed:Path", seed, "--Logging:LogLevel:Default", "Warning",
        ])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(api)!,
        }) ?? throw new InvalidOperationException("Could not start the API.");
        try
        {
            times.Add(await WaitForHealthAsync(http, address, process, started));
            processorTimes.Add(ProcessorMilliseconds(process.Id));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label}run {run + 1}: {times[^1]:0} ms, processor {processorTimes[^1]:0} ms"));
    }

    /// <summary>User and system time of a process so far, from /proc (Linux); 0 where it is not available.</summary>
    private static double ProcessorMilliseconds(int processId)
    {
        var stat = $"/proc/{processId}/stat";
        if (!File.Exists(stat))
        {
            return 0;
        }

        // Fields after the command name (in parentheses, may hold spaces): utime and stime are the 12th and 13th, in ticks of 10 ms.
        var text = File.ReadAllText(stat);
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) * 10.0;
    }

    private static async Task<double> WaitForHealthAsync(HttpClient http, Uri address, Process process, long started)
    {
        var health = new Uri(address, "/health");
        while (Stopwatch.GetElapsedTime(started) < Limit)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The API exited with code {process.ExitCode}: {await process.StandardError.ReadToEndAsync()}");
            }

            try
            {
                using var response = await http.GetAsync(health);
                if (response.IsSuccessStatusCode)
                {
                    return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(5);
        }

        throw new TimeoutException($"The API did not become healthy within {Limit.TotalSeconds:0} s.");
    }
}
