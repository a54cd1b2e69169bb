using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using RelationsGraph.Api.Caching;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Api.GraphQL;

/// <summary>
/// Reuses the parsed and validated document of a query text seen before, which is most of the cost of a small
/// query. Only documents that executed (so passed the shape, validation, depth and complexity checks) are kept; a
/// cached document runs only the rules that depend on variables (complexity among them), and a document without
/// variables not even those while the graph is the one its cost was estimated on: its estimate can only change with
/// the graph's statistics. The cache is bounded by entries and by bytes of query text and evicts the least recently
/// used document, so a burst of one-off queries cannot keep the queries people repeat out of it.
/// </summary>
internal sealed class DocumentCache(IOptions<GraphQLLimits> limits, SnapshotHolder snapshots) : IConfigureExecution
{
    private readonly LruCache<string, CachedDocument> _documents = new(limits.Value.DocumentCacheSize, limits.Value.DocumentCacheBytes, StringComparer.Ordinal);

    public float SortOrder => 200;

    public int Count => _documents.Count;

    // Not async where it only hands on: a cached document's request (most requests) goes through without a task of ours.
    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not null || options.Query is not { } query)
        {
            return next(options);
        }

        var budget = RequestBudget.Of(options.UserContext);
        if (_documents.TryGet(query, out var cached))
        {
            options.Document = cached.Document;
            var graph = snapshots.Current.Info.Version;
            if (cached.Estimate is { } estimate && estimate.Graph == graph && budget is not null)
            {
                budget.RecordComplexity(estimate.Complexity);
                options.ValidationRules = [];
                return next(options);
            }

            options.ValidationRules = options.CachedDocumentValidationRules ?? [];
            return ExecuteAndEstimateAsync(options, next, cached, graph, budget);
        }

        return ExecuteAndKeepAsync(options, next, query);
    }

    public bool Contains(string query) => _documents.TryGet(query, out _);

    private static async Task<ExecutionResult> ExecuteAndEstimateAsync(ExecutionOptions options, ExecutionDelegate next, CachedDocument cached, string graph, RequestBudget? budget)
    {
        var again = await next(options);
        if (cached.HasNoVariables && again.Executed && budget is { Complexity: > 0 })
        {
            cached.Estimate = new CostEstimate(graph, budget.Complexity);
        }

        return again;
    }

    private async Task<ExecutionResult> ExecuteAndKeepAsync(ExecutionOptions options, ExecutionDelegate next, string query)
    {
        var result = await next(options);
        if (result.Executed && (result.Document ?? options.Document) is { } parsed)
        {
            // A document holds the query text and about ten times its length in syntax nodes.
            _documents.Set(query, new CachedDocument(parsed), query.Length * sizeof(char) * 10L);
        }

        return result;
    }

    private sealed class CachedDocument(GraphQLDocument document)
    {
        public GraphQLDocument Document { get; } = document;

        public bool HasNoVariables { get; } = document.Definitions.OfType<GraphQLOperationDefinition>().All(operation => operation.Variables is not { Count: > 0 });

        /// <summary>The complexity estimate of a document without variables, on the graph it was made for.</summary>
        public CostEstimate? Estimate
        {
            get => Volatile.Read(ref field);
            set => Volatile.Write(ref field, value);
        }
    }

    private sealed record CostEstimate(string Graph, double Complexity);
}
