using System.Text.RegularExpressions;
using GraphQL;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Api.GraphQL;

/// <summary>What resolvers need from a request: the snapshot it runs against and checked arguments.</summary>
internal static partial class ResolveContextExtensions
{
    /// <summary>The snapshot the whole request runs against, fixed when the request started.</summary>
    public static RelationSnapshot Snapshot(this IResolveFieldContext context) =>
        context.RootValue as RelationSnapshot ?? throw new InvalidOperationException("The request has no snapshot as its root value.");

    public static DateOnly Today(this IResolveFieldContext context) =>
        DateOnly.FromDateTime(context.Services().GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);

    /// <summary>An ISO 3166-1 alpha-2 country argument, upper-cased; a clear error when it has another form.</summary>
    public static string? CountryArgument(this IResolveFieldContext context, string name)
    {
        var value = context.GetArgument<string?>(name) is { } given ? Gazetteer.NameKey.NormalizeCode(given) : null;
        if (value is null)
        {
            return null;
        }

        if (!CountryCodePattern().IsMatch(value))
        {
            throw new ExecutionError($"Argument '{name}': '{value}' is not an ISO 3166-1 alpha-2 country code (e.g. VN, LA, KH, CN, TH, JP, KR).")
            {
                Code = "INVALID_COUNTRY",
            };
        }

        return value.ToUpperInvariant();
    }

    /// <summary>A unit named by any recorded name or id; a clear error when no unit has that name.</summary>
    public static UnitNode? UnitArgument(this IResolveFieldContext context, string name)
    {
        var value = context.GetArgument<string?>(name);
        if (value is null)
        {
            return null;
        }

        return context.Snapshot().Directory.Resolve(value, context.Today())
            ?? throw new ExecutionError($"Argument '{name}': no province or district is known by the name or id '{value}'.")
            {
                Code = "UNKNOWN_PROVINCE",
            };
    }

    /// <summary>The 'first' argument, checked against the configured maximum list size.</summary>
    public static int FirstArgument(this IResolveFieldContext context)
    {
        var first = context.GetArgument("first", GraphQLLimits.DefaultPageSize);
        var limits = context.Services().GetRequiredService<Microsoft.Extensions.Options.IOptions<GraphQLLimits>>().Value;
        if (first < 0 || first > limits.MaxPageSize)
        {
            throw new ExecutionError($"Argument 'first' must be from 0 to {limits.MaxPageSize}.") { Code = "INVALID_FIRST" };
        }

        return first;
    }

    private static IServiceProvider Services(this IResolveFieldContext context) =>
        context.RequestServices ?? throw new InvalidOperationException("The request has no services.");

    [GeneratedRegex("^[A-Za-z]{2}$")]
    private static partial Regex CountryCodePattern();
}
