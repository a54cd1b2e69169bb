using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace RelationsGraph.Benchmarks;

/// <summary>
/// The API as its own process on a free port of 127.0.0.1, serving a graph-seed directory, for the runs that measure
/// it over real HTTP. Started once it is ready (its first snapshot served); disposing it stops the process. How long
/// it took to listen and to be ready is recorded from the moment the process was started.
/// </summary>
internal sealed class BenchmarkApi : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(300);
    private readonly Process _process;
    private readonly long _started;

    private BenchmarkApi(Process process, Uri address, long started)
    {
        _process = process;
        Address = address;
        _started = started;
    }

    public Uri Address { get; }

    /// <summary>From starting the process to its first HTTP answer (any status).</summary>
    public TimeSpan ListeningAfter { get; private set; }

    /// <summary>From starting the process to /health answering 200 (the first snapshot served).</summary>
    public TimeSpan ReadyAfter { get; private set; }

    /// <summary>The API process's resident set size now (VmRSS), in bytes; 0 where /proc is not available.</summary>
    public long ResidentBytes => ReadStatus("VmRSS:");

    /// <summary>
    /// Processor time the API process has used so far (user and system, every thread, the GC's included), from
    /// /proc/PID/stat; zero where /proc is not available. On a shared machine this, per request, is the figure that
    /// does not depend on how much of the processors the other work left to the API.
    /// </summary>
    public TimeSpan ProcessorTime
    {
        get
        {
            var stat = $"/proc/{_process.Id}/stat";
            if (!File.Exists(stat))
            {
                return TimeSpan.Zero;
            }

            // Fields after the command name (which is in parentheses and may hold spaces): utime and stime are the 12th and 13th.
            var text = File.ReadAllText(stat);
            var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture);
            return TimeSpan.FromSeconds(ticks / 100.0);
        }
    }

    /// <summary>
    /// How long each of the API's threads alive now has so far waited runnable for a processor (the second figure of
    /// /proc/PID/task/TID/schedstat, in nanoseconds), by thread id; empty where /proc is not available. Over a run,
    /// <see cref="RunQueueWaitSince"/> divided by the run's wall time is how many of the API's threads were ready to
    /// run but not running on average: the time the scheduler, not the API, adds to each request's latency.
    /// </summary>
    public Dictionary<string, long> RunQueueWaitByThread()
    {
        var waits = new Dictionary<string, long>(StringComparer.Ordinal);
        var tasks = $"/proc/{_process.Id}/task";
        if (!Directory.Exists(tasks))
        {
            return waits;
        }

        foreach (var task in Directory.EnumerateDirectories(tasks))
        {
            try
            {
                var fields = File.ReadAllText(Path.Combine(task, "schedstat")).Split(' ');
                waits[Path.GetFileName(task)] = long.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture);
            }
            catch (IOException)
            {
                // The thread ended between the listing and the read.
            }
        }

        return waits;
    }

    /// <summary>
    /// The run-queue wait of the API's threads since <paramref name="before"/>, thread by thread: a thread started
    /// since counts from zero, one that ended since is left out (a sum over the threads alive at each end would lose
    /// all its waiting, from before the run too).
    /// </summary>
    public TimeSpan RunQueueWaitSince(IReadOnlyDictionary<string, long> before) =>
        TimeSpan.FromTicks(RunQueueWaitByThread().Sum(thread => thread.Value - before.GetValueOrDefault(thread.Key)) / 100);

    /// <summary>The API process's peak resident set size so far (VmHWM), in bytes; 0 where /proc is not available.</summary>
    public long PeakResidentBytes => ReadStatus("VmHWM:");

    /// <summary>Starts the API on <paramref name="seedDirectory"/> with further settings as command-line pairs.</summary>
    public static Task<BenchmarkApi> StartAsync(string seedDirectory, params string[] settings) =>
        StartAsync(seedDirectory, new Dictionary<string, string>(), settings);

    /// <summary>Starts the API with environment variables (e.g. DOTNET_gcServer) and settings as command-line pairs.</summary>
    public static Task<BenchmarkApi> StartAsync(string seedDirectory, IReadOnlyDictionary<string, string> environment, params string[] settings) =>
        StartAsync(seedDirectory, environment, cpus: null, settings);

    /// <summary>Starts the API, bound to the processors <paramref name="cpus"/> (a taskset list such as "1") when given.</summary>
    public static Task<BenchmarkApi> StartAsync(string seedDirectory, IReadOnlyDictionary<string, string> environment, string? cpus, params string[] settings)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        return LaunchAsync(
            address,
            [Path.Combine(AppContext.BaseDirectory, "RelationsGraph.Api.dll"), "--urls", address.ToString(), "--Seed:Path", seedDirectory, "--Logging:LogLevel:Default", "Warning", .. settings],
            environment,
            cpus);
    }

    /// <summary>
    /// Starts <see cref="FloorServer"/> (this program's <c>floor-server</c> command) instead of the API, with the API's
    /// garbage collector (server GC, which the API's runtimeconfig.json asks for and this program's does not) and the
    /// same environment and processors.
    /// </summary>
    public static Task<BenchmarkApi> StartFloorAsync(IReadOnlyDictionary<string, string> environment, string? cpus)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var withServerGC = new Dictionary<string, string>(environment, StringComparer.Ordinal);
        withServerGC.TryAdd("DOTNET_gcServer", "1");
        return LaunchAsync(
            address,
            [Path.Combine(AppContext.BaseDirectory, "RelationsGraph.Benchmarks.dll"), "floor-server", "--urls", address.ToString()],
            withServerGC,
            cpus);
    }

    private static async Task<BenchmarkApi> LaunchAsync(Uri address, string[] arguments, IReadOnlyDictionary<string, string> environment, string? cpus)
    {
        var start = new ProcessStartInfo(cpus is null ? "dotnet" : "taskset", cpus is null ? arguments : ["-c", cpus, "dotnet", .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var started = Stopwatch.GetTimestamp();
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the API.");

        // Drained, so that a chatty API never blocks on a full pipe.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var api = new BenchmarkApi(process, address, started);
        try
        {
            await api.WaitForHealthAsync();
            return api;
        }
        catch
        {
            api.Dispose();
            throw;
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }

    private long ReadStatus(string field)
    {
        var status = $"/proc/{_process.Id}/status";
        if (!File.Exists(status))
        {
            return 0;
        }

        var line = File.ReadLines(status).FirstOrDefault(text => text.StartsWith(field, StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
    }

    private async Task WaitForHealthAsync()
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(10) };
        while (Stopwatch.GetElapsedTime(_started) < StartTimeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The API exited with code {_process.ExitCode}.");
            }

            try
            {
                using var response = await http.GetAsync(new Uri("/health", UriKind.Relative));
                if (ListeningAfter == TimeSpan.Zero)
                {
                    ListeningAfter = Stopwatch.GetElapsedTime(_started);
                }

                if (response.IsSuccessStatusCode)
                {
                    ReadyAfter = Stopwatch.GetElapsedTime(_started);
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"The API did not become ready within {StartTimeout.TotalSeconds:0} s.");
    }
}
