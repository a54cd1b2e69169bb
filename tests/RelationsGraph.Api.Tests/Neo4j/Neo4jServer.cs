using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using RelationsGraph.Neo4j;
using Xunit;

namespace RelationsGraph.Api.Tests.Neo4j;

/// <summary>
/// A real Neo4j for the database tests: the server named by NEO4J_URI (with NEO4J_USER, NEO4J_PASSWORD and
/// NEO4J_DATABASE; the tests clear that database), or else a neo4j:5.26 container started with Testcontainers where a
/// Docker engine exists. Where there is neither, every database test is reported as skipped, with that reason.
/// </summary>
public sealed class Neo4jServer : IAsyncLifetime
{
    public const string Image = "neo4j:5.26";
    private const string ContainerPassword = "relationsgraph-tests";

    private IContainer? _container;

    public Neo4jOptions? Options { get; private set; }

    public string? SkipReason { get; private set; }

    public async ValueTask InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable("NEO4J_URI") is { Length: > 0 } uri)
        {
            Options = new Neo4jOptions
            {
                Uri = new Uri(uri),
                User = Environment.GetEnvironmentVariable("NEO4J_USER") ?? "neo4j",
                Password = Environment.GetEnvironmentVariable("NEO4J_PASSWORD"),
                Database = Environment.GetEnvironmentVariable("NEO4J_DATABASE") ?? "neo4j",
            };
            return;
        }

        if (!DockerIsAvailable())
        {
            SkipReason = "No Neo4j to test against: NEO4J_URI is not set and there is no Docker engine for Testcontainers (neither DOCKER_HOST nor /var/run/docker.sock).";
            return;
        }

        _container = new ContainerBuilder(Image)
            .WithEnvironment("NEO4J_AUTH", "neo4j/" + ContainerPassword)
            .WithPortBinding(7474, true)
            .WithWaitStrategy(Wait.ForUnixContainer().UntilHttpRequestIsSucceeded(request => request.ForPort(7474).ForPath("/")))
            .Build();
        await _container.StartAsync();
        Options = new Neo4jOptions
        {
            Uri = new UriBuilder("http", _container.Hostname, _container.GetMappedPublicPort(7474)).Uri,
            User = "neo4j",
            Password = ContainerPassword,
        };
    }

    /// <summary>Skips the calling test, with the reason, when no Neo4j is available.</summary>
    public Neo4jOptions Require()
    {
        if (SkipReason is not null)
        {
            Assert.Skip(SkipReason);
        }

        return Options!;
    }

    /// <summary>A Query API client for the server, wired as the application wires it.</summary>
    public Neo4jQueryClient CreateClient()
    {
        var options = Require();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(options));
        services.AddSingleton(TimeProvider.System);
        services.AddHttpClient<Neo4jQueryClient>(client =>
        {
            client.BaseAddress = new Uri(options.Uri!.ToString().TrimEnd('/') + "/");
            client.Timeout = Timeout.InfiniteTimeSpan;
        });
        return services.BuildServiceProvider().GetRequiredService<Neo4jQueryClient>();
    }

    public static Neo4jGraphLoader CreateLoader(Neo4jQueryClient client) => new(client, TimeProvider.System, NullLogger<Neo4jGraphLoader>.Instance);

    /// <summary>The API settings that make it read its snapshot from this server.</summary>
    public Dictionary<string, string?> ApiSettings()
    {
        var options = Require();
        return new Dictionary<string, string?>
        {
            ["Neo4j:Uri"] = options.Uri!.ToString(),
            ["Neo4j:User"] = options.User,
            ["Neo4j:Password"] = options.Password,
            ["Neo4j:Database"] = options.Database,
        };
    }

    public async ValueTask DisposeAsync()
    {
        if (_container is not null)
        {
            await _container.DisposeAsync();
        }
    }

    private static bool DockerIsAvailable() =>
        Environment.GetEnvironmentVariable("DOCKER_HOST") is { Length: > 0 } || File.Exists("/var/run/docker.sock");
}
