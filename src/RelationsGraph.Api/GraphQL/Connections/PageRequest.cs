using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace RelationsGraph.Api.GraphQL.Connections;

/// <summary>
/// The Relay pagination arguments of a connection field (<c>first</c>, <c>after</c>, <c>last</c>, <c>before</c>):
/// <c>first</c> is the page size everywhere, <see cref="GraphQLLimits.DefaultPageSize"/> unless given, at most
/// <see cref="GraphQLLimits.MaxPageSize"/>. A page never silently drops items: <c>pageInfo</c> and
/// <c>totalCount</c> say what lies beyond it.
/// </summary>
internal static class PageRequest
{
    public static FieldBuilder<TSource, TReturn> PageArguments<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) => field
        .Argument<IntGraphType>("first", $"How many items from the start (or from 'after'); {GraphQLLimits.DefaultPageSize} unless given, at most the API's page size limit.")
        .Argument<StringGraphType>("after", "Start after this cursor (an edge's cursor or pageInfo.endCursor).")
        .Argument<IntGraphType>("last", "How many items from the end (or from 'before').")
        .Argument<StringGraphType>("before", "End before this cursor (an edge's cursor or pageInfo.startCursor).");

    /// <summary>The page of <paramref name="items"/> the arguments ask for.</summary>
    public static Page<T> Paginate<T>(this IResolveFieldContext context, IReadOnlyList<T> items, DateOnly? onDate = null)
    {
        var version = context.Snapshot().Info.Version;
        var maxPageSize = context.RequestServices!.GetRequiredService<IOptions<GraphQLLimits>>().Value.MaxPageSize;
        var first = Size(context, "first", maxPageSize);
        var last = Size(context, "last", maxPageSize);
        if (first is null && last is null)
        {
            first = GraphQLLimits.DefaultPageSize;
        }

        var start = 0;
        var end = items.Count;
        if (context.GetArgument<string?>("after") is { } after)
        {
            start = Math.Clamp(Cursor.Decode("after", after, version) + 1, 0, items.Count);
        }

        if (context.GetArgument<string?>("before") is { } before)
        {
            end = Math.Clamp(Cursor.Decode("before", before, version), start, items.Count);
        }

        if (first is { } take && end - start > take)
        {
            end = start + take;
        }

        if (last is { } takeLast && end - start > takeLast)
        {
            start = end - takeLast;
        }

        var nodes = new T[end - start];
        for (var i = 0; i < nodes.Length; i++)
        {
            nodes[i] = items[start + i];
        }

        return new Page<T>(nodes, start, items.Count, version, onDate);
    }

    private static int? Size(IResolveFieldContext context, string name, int max)
    {
        var value = context.GetArgument<int?>(name);
        if (value is { } size && (size < 0 || size > max))
        {
            throw new ExecutionError($"Argument '{name}' must be from 0 to {max} (the page size limit); page through longer lists with 'after'.")
            {
                Code = "INVALID_PAGE_SIZE",
            };
        }

        return value;
    }
}
