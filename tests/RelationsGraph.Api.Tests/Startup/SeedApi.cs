using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RelationsGraph.Api.Snapshots;
using Xunit;

namespace RelationsGraph.Api.Tests.Startup;

/// <summary>The real API on Kestrel at a free port, on a seed copy; with a fake clock and an early read of the test's when given.</summary>
internal sealed class SeedApi : WebApplicationFactory<Program>
{
    private readonly string _seed;
    private readonly Dictionary<string, string?> _settings;
    private readonly TimeProvider? _clock;
    private readonly EarlySeedRead? _early;

    public SeedApi(string seed, Dictionary<string, string?> settings, TimeProvider? clock = null, EarlySeedRead? early = null)
    {
        _seed = seed;
        _settings = settings;
        _clock = clock;
        _early = early;
        // Kestrel without a port of the factory's: with top-level Program the app's own Run starts the server while
        // the factory would still be setting that port ("Addresses cannot be modified after the server has started").
        // The free port comes from the Urls setting instead (ConfigureWebHost).
        UseKestrel();
        StartServer();
        Services.GetRequiredService<SnapshotReadiness>().FirstSnapshot.WaitAsync(TimeSpan.FromSeconds(60)).GetAwaiter().GetResult();
    }

    public HttpClient CreateHttpClient() => new(new SocketsHttpHandler()) { BaseAddress = ClientOptions.BaseAddress };

    public GraphQLClient CreateGraphQLClient() => new(CreateHttpClient());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Urls", "http://127.0.0.1:0");
        builder.UseSetting("Seed:Path", _seed);
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>(_settings) { ["Seed:Path"] = _seed }));
        builder.ConfigureTestServices(services =>
        {
            if (_clock is not null)
            {
                services.AddSingleton(_clock);
            }

            if (_early is not null)
            {
                services.AddSingleton(_early);
            }
        });
    }

    /// <summary>Bounded wait for something another thread does (a file event, a timer callback on the fake clock).</summary>
    public static async Task WaitForAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Waited 20 s for {what}");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }
}
