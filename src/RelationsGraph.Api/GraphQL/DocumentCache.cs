using System.Collections.Concurrent;
using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace RelationsGraph.Api.GraphQL;

/// <summary>
/// Reuses the parsed and validated document of a query text seen before, which is most of the cost of a small
/// query. Only documents that executed (so passed validation, depth and complexity limits) are kept; a cached
/// document runs only the rules that depend on variables. The cache stops growing at its configured size.
/// </summary>
internal sealed class DocumentCache(IOptions<GraphQLLimits> limits) : IConfigureExecution
{
    private readonly ConcurrentDictionary<string, GraphQLDocument> _documents = new(StringComparer.Ordinal);

    public float SortOrder => 200;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not null || options.Query is not { } query)
        {
            return await next(options);
        }

        if (_documents.TryGetValue(query, out var document))
        {
            options.Document = document;
            options.ValidationRules = options.CachedDocumentValidationRules ?? [];
            return await next(options);
        }

        var result = await next(options);
        if (result.Executed && result.Document is { } parsed && _documents.Count < limits.Value.DocumentCacheSize)
        {
            _documents.TryAdd(query, parsed);
        }

        return result;
    }
}
