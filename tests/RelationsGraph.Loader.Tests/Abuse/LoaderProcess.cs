using System.Diagnostics;
using System.Text;
using RelationsGraph.Testing;
using Xunit;

namespace RelationsGraph.Loader.Tests.Abuse;

/// <summary>
/// One run of the loader as its own process, as a user runs it, with what it cost: wall time, processor time and peak
/// working set, sampled while it runs (the kernel's high-water mark, so a short spike between samples still counts).
/// </summary>
internal sealed record LoaderProcess(int ExitCode, byte[] Output, string Error, TimeSpan Elapsed, TimeSpan ProcessorTime, long PeakWorkingSet)
{
    /// <summary>A run that outlives this is killed and the test fails: the loader must never run unbounded.</summary>
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(3);

    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public long PeakMegabytes => PeakWorkingSet / (1024 * 1024);

    public static async Task<LoaderProcess> RunAsync(IReadOnlyDictionary<string, string>? settings, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "RelationsGraph.Loader.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.ArgumentList.Add("--gazetteer");
        start.ArgumentList.Add(RepositoryPaths.GraphSeed);
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet could not be started");
        var output = new MemoryStream();
        var copy = process.StandardOutput.BaseStream.CopyToAsync(output, TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        long peak = 0;
        var processor = TimeSpan.Zero;
        while (!process.HasExited)
        {
            try
            {
                process.Refresh();
                peak = Math.Max(peak, process.PeakWorkingSet64);
                processor = process.TotalProcessorTime;
            }
            catch (InvalidOperationException)
            {
                break;
            }

            if (clock.Elapsed > Deadline)
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"the loader was still running after {Deadline.TotalMinutes} minutes: {string.Join(' ', args)}");
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        await copy;
        return new LoaderProcess(process.ExitCode, output.ToArray(), await error, clock.Elapsed, processor, peak);
    }

    public override string ToString() =>
        $"exit {ExitCode} after {Elapsed.TotalSeconds:0.0} s ({ProcessorTime.TotalSeconds:0.0} s of processor), peak {PeakMegabytes} MB; standard error:\n{Error}";

    public string OutputText => Encoding.UTF8.GetString(Output);
}
