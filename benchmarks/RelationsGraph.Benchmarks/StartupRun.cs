using System.Diagnostics;
using System.Globalization;

namespace RelationsGraph.Benchmarks;

/// <summary>
/// Start-up of the API on the embedded default (the repository's graph-seed): the time from starting the process to
/// the first successful /health, polled every 5 ms. Each run is a fresh process, stopped once it answered.
/// </summary>
internal static class StartupRun
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    public static async Task<int> RunAsync(int runs)
    {
        var seed = ExtractionCorpus.FindGraphSeed();
        var times = new List<double>();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        for (var run = 0; run < runs; run++)
        {
            var address = new Uri($"http://127.0.0.1:{BenchmarkApi.FreePort()}");
            var started = Stopwatch.GetTimestamp();
            using var process = Process.Start(new ProcessStartInfo("dotnet",
            [
                Path.Combine(AppContext.BaseDirectory, "RelationsGraph.Api.dll"),
                "--urls", address.ToString(), "--Seed:Path", seed, "--Logging:LogLevel:Default", "Warning",
            ])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = AppContext.BaseDirectory,
            }) ?? throw new InvalidOperationException("Could not start the API.");
            try
            {
                times.Add(await WaitForHealthAsync(http, address, process, started));
            }
            finally
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {run + 1}: {times[^1]:0} ms"));
        }

        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"start-up to first healthy /health over {runs} runs: median {times[times.Count / 2]:0} ms, min {times[0]:0} ms, max {times[^1]:0} ms"));
        return 0;
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
