using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace RelationsGraph.Neo4j;

public static class Neo4jServiceCollectionExtensions
{
    /// <summary>The Query API client, with its settings bound once from the "Neo4j" section.</summary>
    public static IServiceCollection AddNeo4jQueryClient(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<Neo4jOptions>()
            .Bind(configuration.GetSection(Neo4jOptions.SectionName))
            .Validate(options => !string.IsNullOrWhiteSpace(options.Database), "Neo4j:Database must name a database.")
            .Validate(options => options.Uri is null || options.Uri.Scheme is "http" or "https", "Neo4j:Uri must be the server's http:// or https:// address (the Query API), e.g. http://localhost:7474.");
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient<Neo4jQueryClient>((provider, client) =>
        {
            var options = provider.GetRequiredService<IOptions<Neo4jOptions>>().Value;
            if (options.Uri is { } uri)
            {
                client.BaseAddress = new Uri(uri.ToString().TrimEnd('/') + "/");
            }

            // Each request has its own timeout (Neo4jOptions.RequestTimeout); the client's own must not cut in first.
            client.Timeout = Timeout.InfiniteTimeSpan;
        });
        return services;
    }
}
