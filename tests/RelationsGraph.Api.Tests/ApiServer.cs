using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RelationsGraph.Api.Snapshots;
using RelationsGraph.Testing;

namespace RelationsGraph.Api.Tests;

/// <summary>
/// The real API (the application's own Program and registrations) on Kestrel at a free port of 127.0.0.1, so
/// tests speak real HTTP to it. It serves the tests' own graph-seed (<see cref="TestSeed"/>) unless Seed:Path is set,
/// so that answers pinned here do not change when the real graph-seed grows. Settings can be overridden per instance,
/// e.g. a broken seed or tighter limits. The server listens before its first snapshot is built; a test gets it once
/// the snapshot is served, unless it asks for the server as it starts.
/// </summary>
public sealed class ApiServer : WebApplicationFactory<Program>
{
    private const string SeedPathSetting = "Seed:Path";
    private const string ExecutionTimeoutSetting = "GraphQL:Limits:ExecutionTimeout";

    // Three test assemblies and a browser share two cores in CI: an honest query (the playground's full introspection
    // while the JIT is cold) can take longer than production's 5 s there. Tests of the limit set their own.
    private const string LoadedMachineExecutionTimeout = "00:00:30";
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(60);
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;
    private readonly bool _waitUntilReady;

    // WebApplicationFactory.StartServer is not thread-safe, and CreateHost waits here for the first snapshot: parallel
    // test cases sharing a server must not both start it.
    private readonly Lock _starting = new();

    public ApiServer()
        : this(new Dictionary<string, string?>())
    {
    }

    private ApiServer(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? services = null, bool waitUntilReady = true)
    {
        var effective = new Dictionary<string, string?>(settings);
        effective.TryAdd(SeedPathSetting, TestSeed.Path);
        effective.TryAdd(ExecutionTimeoutSetting, LoadedMachineExecutionTimeout);
        _settings = effective;
        _services = services;
        _waitUntilReady = waitUntilReady;
        // Kestrel without a port of the factory's: with top-level Program the app's own Run starts the server while
        // the factory would still be setting that port ("Addresses cannot be modified after the server has started").
        // The free port comes from the Urls setting instead (ConfigureWebHost).
        UseKestrel();
    }

    /// <summary>A separate server with some settings overridden (configuration keys as in appsettings.json).</summary>
    public static ApiServer WithSettings(IReadOnlyDictionary<string, string?> settings) => new(settings);

    /// <summary>
    /// A server allowed 1 ms per execution and any complexity, so that only time stops <see cref="OverTheTimeLimit"/>
    /// (over 100 ms on the seed graph).
    /// </summary>
    public static ApiServer WithOneMillisecondLimit() => WithSettings(new Dictionary<string, string?>
    {
        ["GraphQL:Limits:ExecutionTimeout"] = "00:00:00.001",
        ["GraphQL:Limits:MaxComplexity"] = "100000000",
    });

    /// <summary>A query that takes far longer than <see cref="WithOneMillisecondLimit"/> allows.</summary>
    public static string OverTheTimeLimit { get; } = "{ " + string.Concat(Enumerable.Range(0, 40).Select(index =>
        $"a{index}: countries {{ provinces {{ names partners {{ partner {{ names partners {{ partner {{ id }} }} }} }} }} }} ")) + "}";

    /// <summary>A server with some services replaced (e.g. the snapshot source), handed over as soon as it listens.</summary>
    public static ApiServer Starting(Action<IServiceCollection> services) => new(new Dictionary<string, string?>(), services, waitUntilReady: false);

    public Uri BaseAddress
    {
        get
        {
            lock (_starting)
            {
                StartServer();
            }

            return ClientOptions.BaseAddress;
        }
    }

    /// <summary>The server's services, once it has started (behind the same lock as <see cref="BaseAddress"/>).</summary>
    public override IServiceProvider Services
    {
        get
        {
            lock (_starting)
            {
                return base.Services;
            }
        }
    }

    /// <summary>A plain client over sockets to the server; it does not follow redirects.</summary>
    public HttpClient CreateHttpClient() =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = BaseAddress };

    public GraphQLClient CreateGraphQLClient() => new(CreateHttpClient());

    /// <summary>What the server logged (filtered by the configured levels, as the console would be).</summary>
    public CapturedLogs Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Urls", "http://127.0.0.1:0");
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(_settings));
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        if (_services is not null)
        {
            builder.ConfigureTestServices(_services);
        }
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        if (_waitUntilReady)
        {
            host.Services.GetRequiredService<SnapshotReadiness>().FirstSnapshot.WaitAsync(ReadyTimeout).GetAwaiter().GetResult();
        }

        return host;
    }
}
