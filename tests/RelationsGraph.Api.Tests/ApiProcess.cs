using System.Diagnostics;

namespace RelationsGraph.Api.Tests;

/// <summary>
/// The API as a user starts it: its own process from the built assembly. For start-up failures, where what counts is
/// what the operator sees (the exit code and the log) rather than anything served over HTTP.
/// </summary>
internal sealed record ApiProcess(int ExitCode, string Output, string Error)
{
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(60);

    /// <summary>Starts the API with these command-line settings and waits for it to exit, which it must do by itself.</summary>
    public static async Task<ApiProcess> RunUntilExitAsync(IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "RelationsGraph.Api.dll"));
        start.ArgumentList.Add("--Urls=http://127.0.0.1:0");
        foreach (var (key, value) in settings)
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["Logging__Console__FormatterName"] = "simple";
        start.Environment["Logging__Console__FormatterOptions__ColorBehavior"] = "Disabled";

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet could not be started");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ExitTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The API did not exit within {ExitTimeout.TotalSeconds:0} s: it started although it should have refused to.");
        }

        return new ApiProcess(process.ExitCode, await output, await error);
    }
}
