using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using RelationsGraph.Api.Caching;

namespace RelationsGraph.Api.GraphQL;

/// <summary>
/// Reuses the parsed and validated document of a query text seen before, which is most of the cost of a small
/// query. Only documents that executed (so passed the shape, validation, depth and complexity checks) are kept; a
/// cached document runs only the rules that depend on variables (complexity among them). The cache is bounded by
/// entries and by bytes of query text and evicts the least recently used document, so a burst of one-off queries
/// cannot keep the queries people repeat out of it.
/// </summary>
internal sealed class DocumentCache(IOptions<GraphQLLimits> limits) : IConfigureExecution
{
    private readonly LruCache<string, GraphQLDocument> _documents = new(limits.Value.DocumentCacheSize, limits.Value.DocumentCacheBytes, StringComparer.Ordinal);

    public float SortOrder => 200;

    public int Count => _documents.Count;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not null || options.Query is not { } query)
        {
            return await next(options);
        }

        if (_documents.TryGet(query, out var document))
        {
            options.Document = document;
            options.ValidationRules = options.CachedDocumentValidationRules ?? [];
            return await next(options);
        }

        var result = await next(options);
        if (result.Executed && (result.Document ?? options.Document) is { } parsed)
        {
            // A document holds the query text and about ten times its length in syntax nodes.
            _documents.Set(query, parsed, query.Length * sizeof(char) * 10L);
        }

        return result;
    }

    public bool Contains(string query) => _documents.TryGet(query, out _);
}
