using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace RelationsGraph.Benchmarks;

/// <summary>One wrk run's figures: requests, throughput, latency percentiles (ms), and failed requests.</summary>
internal sealed record WrkResult(long Requests, double Seconds, long Errors, double P50, double P90, double P99, double Max)
{
    public double RequestsPerSecond => Requests / Seconds;
}

/// <summary>
/// Runs Debian's wrk (installed by benchmarks/install-wrk.sh) against one request on 127.0.0.1 for a bounded time,
/// and reads its figures from a Lua summary line rather than from its human-readable report.
/// </summary>
internal static class Wrk
{
    private const string Marker = "WRK-RESULT";

    public static async Task EnsureInstalledAsync()
    {
        if (await ExitCodeAsync("sh", "-c", "command -v wrk") == 0)
        {
            return;
        }

        var script = Path.Combine(AppContext.BaseDirectory, "install-wrk.sh");
        Console.Error.WriteLine("wrk is missing; running " + script);
        if (await ExitCodeAsync("bash", script) != 0)
        {
            throw new InvalidOperationException("wrk could not be installed: run benchmarks/install-wrk.sh (apt-get install wrk).");
        }
    }

    /// <summary>
    /// Processor time (user and system) of this process's children that have ended and been waited for, from the
    /// cutime and cstime of /proc/self/stat; zero where /proc is not available. The API is waited for only when it is
    /// stopped, so the change over one wrk run is wrk's own processor time.
    /// </summary>
    public static TimeSpan EndedChildrenProcessorTime
    {
        get
        {
            const string stat = "/proc/self/stat";
            if (!File.Exists(stat))
            {
                return TimeSpan.Zero;
            }

            var text = File.ReadAllText(stat);
            var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture);
            return TimeSpan.FromSeconds(ticks / 100.0);
        }
    }

    public static async Task<WrkResult> RunAsync(Uri address, LoadRequest request, int connections, int threads, TimeSpan duration, string? cpus = null)
    {
        var script = Path.Combine(Path.GetTempPath(), $"relationsgraph-wrk-{Environment.ProcessId}.lua");
        await File.WriteAllTextAsync(script, Script(request));
        try
        {
            var start = new ProcessStartInfo(cpus is null ? "wrk" : "taskset")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            if (cpus is not null)
            {
                start.ArgumentList.Add("-c");
                start.ArgumentList.Add(cpus);
                start.ArgumentList.Add("wrk");
            }

            foreach (var argument in new[]
            {
                "-t", threads.ToString(CultureInfo.InvariantCulture),
                "-c", connections.ToString(CultureInfo.InvariantCulture),
                "-d", $"{Math.Max(1, (int)duration.TotalSeconds)}s",
                "--timeout", "10s",
                "-s", script,
                new Uri(address, request.Path).ToString(),
            })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("wrk could not be started.");
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(duration + TimeSpan.FromSeconds(60));
            await process.WaitForExitAsync(timeout.Token);
            var line = (await output).Split('\n').FirstOrDefault(text => text.StartsWith(Marker, StringComparison.Ordinal))
                ?? throw new InvalidOperationException($"wrk gave no summary (exit {process.ExitCode}): {await error}");
            var values = line[Marker.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(text => double.Parse(text, CultureInfo.InvariantCulture)).ToArray();
            return new WrkResult((long)values[0], values[1] / 1e6, (long)values[2], values[3] / 1000, values[4] / 1000, values[5] / 1000, values[6] / 1000);
        }
        finally
        {
            File.Delete(script);
        }
    }

    private static string Script(LoadRequest request)
    {
        var script = new StringBuilder();
        if (request.Body is { } body)
        {
            script.AppendLine("wrk.method = \"POST\"");
            script.AppendLine("wrk.body = " + LuaString(body));
            script.AppendLine("wrk.headers[\"Content-Type\"] = \"application/json\"");
        }

        script.AppendLine("wrk.headers[\"Accept\"] = " + LuaString(request.Accept));
        script.AppendLine("done = function(summary, latency, requests)");
        script.AppendLine("  local e = summary.errors");
        script.AppendLine($"  io.write(string.format(\"{Marker} %.0f %.0f %.0f %.0f %.0f %.0f %.0f\\n\", summary.requests, summary.duration, e.connect + e.read + e.write + e.status + e.timeout, latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max))");
        script.AppendLine("end");
        return script.ToString();
    }

    private static string LuaString(string text)
    {
        var escaped = new StringBuilder("\"");
        foreach (var character in Encoding.UTF8.GetBytes(text))
        {
            escaped.Append(character is >= 0x20 and < 0x7f and not (byte)'"' and not (byte)'\\'
                ? ((char)character).ToString()
                : "\\" + character.ToString("D3", CultureInfo.InvariantCulture));
        }

        return escaped.Append('"').ToString();
    }

    private static async Task<int> ExitCodeAsync(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { UseShellExecute = false, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        _ = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode;
    }
}
