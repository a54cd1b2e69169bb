using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Api.Snapshots;

internal static class SnapshotServiceCollectionExtensions
{
    /// <summary>The snapshot holder, its source (graph-seed by default) and the start-up load.</summary>
    public static IServiceCollection AddRelationSnapshot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SeedOptions>().Bind(configuration.GetSection(SeedOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SnapshotHolder>();
        services.TryAddSingleton<ISnapshotSource>(provider =>
        {
            var path = provider.GetRequiredService<IOptions<SeedOptions>>().Value.Path;
            return new GraphSeedSource(Path.GetFullPath(path, AppContext.BaseDirectory));
        });
        services.AddHostedService<SnapshotStartup>();
        return services;
    }
}
