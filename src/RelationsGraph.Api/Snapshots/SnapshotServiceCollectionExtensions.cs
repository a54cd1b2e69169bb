using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RelationsGraph.Neo4j;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Api.Snapshots;

internal static class SnapshotServiceCollectionExtensions
{
    /// <summary>
    /// The snapshot holder, its source (Neo4j when <c>Neo4j:Uri</c> is set, otherwise the embedded graph-seed), the
    /// first load (in the background: the server listens at once) and the refresh: a graph-seed directory is watched
    /// (and polled cheaply), Neo4j's version polled.
    /// </summary>
    public static IServiceCollection AddRelationSnapshot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SeedOptions>().Bind(configuration.GetSection(SeedOptions.SectionName));
        services.AddOptions<SnapshotOptions>().Bind(configuration.GetSection(SnapshotOptions.SectionName))
            .Validate(options => options.Debounce >= TimeSpan.Zero && options.Debounce <= TimeSpan.FromMinutes(1), "Snapshot:Debounce must be from 0 to 1 minute")
            .ValidateOnStart();
        services.AddNeo4jQueryClient(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SnapshotHolder>();
        services.AddSingleton<SnapshotHealth>();
        services.AddSingleton<Health.HealthAnswerCache>();
        services.AddSingleton<SnapshotReadiness>();
        services.TryAddSingleton(EarlySeedRead.None);
        services.TryAddSingleton<ISnapshotSource>(provider =>
        {
            if (provider.GetRequiredService<IOptions<Neo4jOptions>>().Value.IsConfigured)
            {
                return new Neo4jSnapshotSource(provider.GetRequiredService<Neo4jQueryClient>());
            }

            var location = provider.GetRequiredService<SeedLocation>();
            return new GraphSeedSource(location.Directory);
        });
        services.TryAddSingleton(provider => SeedLocation.Resolve(
            provider.GetRequiredService<IOptions<SeedOptions>>().Value.Path,
            [AppContext.BaseDirectory, provider.GetRequiredService<IHostEnvironment>().ContentRootPath],
            AppContext.BaseDirectory));
        services.AddHostedService<SnapshotRefresher>();
        return services;
    }
}
