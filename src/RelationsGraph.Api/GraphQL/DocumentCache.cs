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
            if (cached.EstimateOn(graph) is { } complexity && budget is not null)
            {
                budget.RecordComplexity(complexity);
                options.ValidationRules = [];
                return next(options);
            }

            options.ValidationRules = options.CachedDocumentValidationRules ?? [];
            return ExecuteAndEstimateAsync(options, next, cached, graph, budget);
        }

        return ExecuteAndKeepAsync(options, next, query);
    }

    public bool Contains(string query) => _documents.TryGet(query, out _);

    /// <summary>
    /// The cached document of <paramref name="query"/> when its request runs no validation rule at all (no variables,
    /// its cost estimated on the current graph), its cost recorded in <paramref name="budget"/> as
    /// <see cref="ExecuteAsync"/> records it; null for any other query, and for a document whose data could not be
    /// written directly before (<see cref="CachedDocument.AnsweredByNodes"/>).
    /// </summary>
    public CachedDocument? RunningNoRule(string query, RequestBudget budget)
    {
        if (!_documents.TryGet(query, out var cached) || cached.AnsweredByNodes || cached.EstimateOn(snapshots.Current.Info.Version) is not { } complexity)
        {
            return null;
        }

        budget.RecordComplexity(complexity);
        return cached;
    }

    private static async Task<ExecutionResult> ExecuteAndEstimateAsync(ExecutionOptions options, ExecutionDelegate next, CachedDocument cached, string graph, RequestBudget? budget)
    {
        var again = await next(options);
        // A cost of 0 is an estimate like any other (0 no longer stands for "not estimated"): such a document runs no rule either.
        if (cached.HasNoVariables && again.Executed && budget is { ComplexityKnown: true })
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

    internal sealed class CachedDocument(GraphQLDocument document)
    {
        public GraphQLDocument Document { get; } = document;

        public bool HasNoVariables { get; } = document.Definitions.OfType<GraphQLOperationDefinition>().All(operation => operation.Variables is not { Count: > 0 });

        /// <summary>The complexity estimate of a document without variables, on the graph it was made for.</summary>
        public CostEstimate? Estimate
        {
            get => Volatile.Read(ref field);
            set => Volatile.Write(ref field, value);
        }

        /// <summary>
        /// Whether an answer to this document needed graphql-dotnet's executer (an error, an awaited resolver,
        /// introspection): its later requests go there at once rather than attempting the direct answer twice.
        /// </summary>
        public bool AnsweredByNodes
        {
            get => Volatile.Read(ref field);
            set => Volatile.Write(ref field, value);
        }

        /// <summary>The document's estimated complexity when it was estimated on <paramref name="graph"/>.</summary>
        public double? EstimateOn(string graph) => Estimate is { } estimate && estimate.Graph == graph ? estimate.Complexity : null;
    }

    internal sealed record CostEstimate(string Graph, double Complexity);
}
