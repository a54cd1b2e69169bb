using GraphQL;
using GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace RelationsGraph.Api.GraphQL;

internal static class GraphQLServiceCollectionExtensions
{
    /// <summary>The schema, its limits (depth, complexity, timeout), error masking and the document cache.</summary>
    public static IServiceCollection AddRelationsGraphQL(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GraphQLLimits>()
            .Bind(configuration.GetSection(GraphQLLimits.SectionName))
            .Validate(limits => limits.MaxDepth > 0 && limits.MaxComplexity > 0 && limits.MaxRequestBytes > 0 && limits.ExecutionTimeout > TimeSpan.Zero && limits.MaxPageSize > 0 && limits.ResultCacheBytes >= 0, "GraphQL limits must be positive.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<Http.ResultCache>();

        services.AddGraphQL(builder => builder
            .AddSchema<RelationsSchema>()
            .AddGraphTypes(typeof(RelationsSchema).Assembly)
            .AddSystemTextJson()
            .AddComplexityAnalyzer((options, provider) =>
            {
                var limits = provider.GetRequiredService<IOptions<GraphQLLimits>>().Value;
                options.MaxDepth = limits.MaxDepth;
                options.MaxComplexity = limits.MaxComplexity;
            })
            .AddErrorInfoProvider(options => options.ExposeExceptionDetails = false)
            // Every resolver reads the in-memory snapshot synchronously: running fields in parallel only adds tasks.
            .AddExecutionStrategy<SerialExecutionStrategy>(GraphQLParser.AST.OperationType.Query)
            .ConfigureExecution<DocumentCache>()
            .ConfigureExecution<InputErrors>()
            .ConfigureExecutionOptions(options =>
            {
                var provider = options.RequestServices!;
                options.Timeout = provider.GetRequiredService<IOptions<GraphQLLimits>>().Value.ExecutionTimeout;
                options.TimeoutAction = TimeoutAction.ReturnTimeoutError;
                options.UnhandledExceptionDelegate = context =>
                {
                    provider.GetRequiredService<ILogger<RelationsSchema>>().LogError(context.OriginalException, "Unhandled error in a GraphQL resolver");
                    context.ErrorMessage = "Internal error while resolving this field.";
                    return Task.CompletedTask;
                };
            }));

        return services;
    }
}
