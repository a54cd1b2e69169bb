using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Api.GraphQL;

internal static class GraphQLServiceCollectionExtensions
{
    /// <summary>
    /// The schema and every limit a request is held to: the document's shape before validation, the complexity
    /// estimate (also for cached documents, since variables change it), heavy-query slots, result-node and error
    /// caps during execution, the document cache, and error masking.
    /// </summary>
    public static IServiceCollection AddRelationsGraphQL(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GraphQLLimits>()
            .Bind(configuration.GetSection(GraphQLLimits.SectionName))
            .Validate(limits => limits.Problems().Count == 0, "GraphQL limits must be positive (see docs/api-limits.md).")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<Http.ResultCache>();
        services.AddSingleton<AnswerSerializer>();

        services.AddGraphQL(builder =>
        {
            builder
                .AddSchema<RelationsSchema>()
                .AddGraphTypes(typeof(RelationsSchema).Assembly)
                .AddSerializer(provider => provider.GetRequiredService<AnswerSerializer>())
                .AddErrorInfoProvider(options =>
                {
                    options.ExposeExceptionDetails = false;
                    options.ExposeCodes = false;
                    options.ExposeData = false;
                })
                .AddExecutionStrategy<BudgetedExecutionStrategy>(GraphQLParser.AST.OperationType.Query)
                .AddValidationRule<ComplexityValidationRule>(useForCachedDocuments: true)
                .ConfigureExecution<DocumentCache>()
                .ConfigureExecution<DocumentShape>()
                .ConfigureExecution<InputErrors>()
                .ConfigureExecutionOptions(options => options.UnhandledExceptionDelegate = ReportUnhandledAsync);
            builder.Services.Configure<ComplexityOptions>((options, provider) => ListSizeComplexity.Configure(
                options,
                provider.GetRequiredService<IOptions<GraphQLLimits>>().Value,
                provider.GetRequiredService<SnapshotHolder>()));
        });
        services.AddSingleton<KeptArgumentsValidator>();
        services.AddSingleton<CachedDocumentExecution>();
        services.Replace(ServiceDescriptor.Singleton<IDocumentValidator>(provider => provider.GetRequiredService<KeptArgumentsValidator>()));

        return services;
    }

    // A static method rather than a lambda over the request's services: the options are configured for every request.
    private static Task ReportUnhandledAsync(UnhandledExceptionContext context)
    {
        // Only faults of ours get here: callers' mistakes are ExecutionErrors with a code.
        var options = context.ExecutionOptions;
        Http.RequestLog.Unhandled(options.RequestServices!.GetRequiredService<ILogger<RelationsSchema>>(), context.OriginalException, options.UserContext);
        context.Exception = new ExecutionError("Internal error while resolving this field.") { Code = ErrorCodes.Internal };
        return Task.CompletedTask;
    }
}
