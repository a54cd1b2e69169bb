using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using RelationsGraph.Testing;

namespace RelationsGraph.Api.Tests;

/// <summary>
/// The real API (the application's own Program and registrations) on Kestrel at a free port of 127.0.0.1, so
/// tests speak real HTTP to it. It serves the tests' own graph-seed (<see cref="TestSeed"/>) unless Seed:Path is set,
/// so that answers pinned here do not change when the real graph-seed grows. Settings can be overridden per instance,
/// e.g. a broken seed or tighter limits.
/// </summary>
public sealed class ApiServer : WebApplicationFactory<Program>
{
    private const string SeedPathSetting = "Seed:Path";

    private readonly IReadOnlyDictionary<string, string?> _settings;

    public ApiServer()
        : this(new Dictionary<string, string?>())
    {
    }

    private ApiServer(IReadOnlyDictionary<string, string?> settings)
    {
        _settings = settings.ContainsKey(SeedPathSetting)
            ? settings
            : new Dictionary<string, string?>(settings) { [SeedPathSetting] = TestSeed.Path };
        UseKestrel(0);
    }

    /// <summary>A separate server with some settings overridden (configuration keys as in appsettings.json).</summary>
    public static ApiServer WithSettings(IReadOnlyDictionary<string, string?> settings) => new(settings);

    public Uri BaseAddress
    {
        get
        {
            StartServer();
            return ClientOptions.BaseAddress;
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
    }
}
