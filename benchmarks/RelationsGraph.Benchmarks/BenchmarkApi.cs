using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace RelationsGraph.Benchmarks;

/// <summary>
/// The API as its own process on a free port of 127.0.0.1, serving a graph-seed directory, for the runs that measure
/// it over real HTTP. Started once it answers /health; disposing it stops the process.
/// </summary>
internal sealed class BenchmarkApi : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);
    private readonly Process _process;

    private BenchmarkApi(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>The API process's peak resident set size so far (VmHWM), in bytes; 0 where /proc is not available.</summary>
    public long PeakResidentBytes
    {
        get
        {
            var status = $"/proc/{_process.Id}/status";
            if (!File.Exists(status))
            {
                return 0;
            }

            var line = File.ReadLines(status).FirstOrDefault(text => text.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
        }
    }

    /// <summary>Starts the API on <paramref name="seedDirectory"/> with further settings as command-line pairs.</summary>
    public static async Task<BenchmarkApi> StartAsync(string seedDirectory, params string[] settings)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        string[] arguments =
        [
            Path.Combine(AppContext.BaseDirectory, "RelationsGraph.Api.dll"),
            "--urls", address.ToString(), "--Seed:Path", seedDirectory, "--Logging:LogLevel:Default", "Warning", .. settings,
        ];
        var process = Process.Start(new ProcessStartInfo("dotnet", arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        }) ?? throw new InvalidOperationException("Could not start the API.");
        var api = new BenchmarkApi(process, address);
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

    private async Task WaitForHealthAsync()
    {
        using var http = new HttpClient { BaseAddress = Address };
        var started = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(started) < StartTimeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The API exited with code {_process.ExitCode}: {await _process.StandardOutput.ReadToEndAsync()}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri("/health", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The API did not become healthy within {StartTimeout.TotalSeconds:0} s.");
    }
}
