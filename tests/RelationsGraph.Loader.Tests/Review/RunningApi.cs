using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text.Json.Nodes;
using Xunit;

namespace RelationsGraph.Loader.Tests.Review;

/// <summary>
/// The API as its own process (the build's RelationsGraph.Api.dll) serving a graph-seed directory on a free port of
/// 127.0.0.1, as a curator runs it beside the review app. Disposing it stops the process.
/// </summary>
internal sealed class RunningApi : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);
    private readonly Process _process;

    private RunningApi(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public static string AssemblyPath =>
        typeof(RunningApi).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(attribute => attribute.Key == "RelationsGraph.Api.Assembly").Value!;

    public static async Task<RunningApi> StartAsync(string seedDirectory)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(AssemblyPath)!,
        };
        foreach (var argument in new[] { AssemblyPath, "--urls", address.ToString(), "--Seed:Path", seedDirectory, "--Snapshot:Debounce", "00:00:00.100" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        var process = Process.Start(start) ?? throw new InvalidOperationException("The API did not start.");
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        var api = new RunningApi(process, address);
        try
        {
            var deadline = DateTime.UtcNow + StartTimeout;
            using var http = new HttpClient { BaseAddress = address };
            while (true)
            {
                Assert.False(process.HasExited, $"The API exited with {(process.HasExited ? process.ExitCode : 0)}");
                try
                {
                    using var response = await http.GetAsync(new Uri("/health", UriKind.Relative), TestContext.Current.CancellationToken);
                    if (response.IsSuccessStatusCode)
                    {
                        return api;
                    }
                }
                catch (HttpRequestException)
                {
                    // Not listening yet.
                }

                Assert.True(DateTime.UtcNow < deadline, $"The API did not answer /health within {StartTimeout.TotalSeconds:0} s");
                await Task.Delay(100, TestContext.Current.CancellationToken);
            }
        }
        catch
        {
            api.Dispose();
            throw;
        }
    }

    /// <summary>Runs a query that must succeed; returns "data".</summary>
    public async Task<JsonNode> QueryAsync(string query)
    {
        using var http = new HttpClient { BaseAddress = Address };
        for (var attempt = 1; ; attempt++)
        {
            using var response = await http.PostAsync(new Uri("/graphql", UriKind.Relative), new StringContent(new JsonObject { ["query"] = query }.ToJsonString(), System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;

            // A cold API on a loaded machine may run out of its 5 s for the first answers: that is asked again.
            if (attempt < 3 && body["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>() == "TIMEOUT")
            {
                continue;
            }

            Assert.True(body["errors"] is null, "GraphQL errors: " + body["errors"]?.ToJsonString());
            return body["data"]!;
        }
    }

    /// <summary>Asks the query until its answer satisfies the condition: the API serves a change once it notices it.</summary>
    public async Task<JsonNode> WaitForAsync(string query, Func<JsonNode, bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var data = await QueryAsync(query);
            if (condition(data))
            {
                return data;
            }

            Assert.True(DateTime.UtcNow < deadline, "The API did not serve the change within 30 s: " + data.ToJsonString());
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
