using Microsoft.Extensions.Options;

namespace RelationsGraph.Api.Cors;

internal static class CrossOriginExtensions
{
    /// <summary>The paths other web sites' pages may read: the GraphQL endpoint, its schema and the embed scripts.</summary>
    private static readonly string[] PublicPaths = ["/graphql", "/schema.graphql", "/embed"];

    /// <summary>The configurable CORS policy of the public, read-only endpoints (configuration section "Cors").</summary>
    public static IServiceCollection AddCrossOriginPolicy(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CrossOriginOptions>()
            .Bind(configuration.GetSection(CrossOriginOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<CrossOriginOptions>, CrossOriginOptionsValidator>();
        services.AddCors();
        services.ConfigureOptions<CrossOriginPolicySetup>();
        return services;
    }

    /// <summary>
    /// Applies the policy to the public paths, before they are served: it answers CORS preflight requests (OPTIONS
    /// with Access-Control-Request-Method) itself, so they never reach the GraphQL endpoint's 405 answer.
    /// </summary>
    public static IApplicationBuilder UseCrossOriginPolicy(this IApplicationBuilder app) =>
        app.UseWhen(IsPublicPath, branch => branch.UseCors(CrossOriginPolicySetup.PolicyName));

    // Runs for every request: a loop rather than a lambda over the request, which allocated a closure and a delegate each time.
    internal static bool IsPublicPath(HttpContext context)
    {
        foreach (var path in PublicPaths)
        {
            if (context.Request.Path.StartsWithSegments(path, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
