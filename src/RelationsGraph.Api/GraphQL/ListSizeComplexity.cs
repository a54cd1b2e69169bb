using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQLParser.AST;
using RelationsGraph.Api.GraphQL.Connections;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Api.GraphQL;

/// <summary>
/// The cost model of the complexity check: a query's cost is the number of values it can return. Every field counts
/// once per object it is selected on, and a list multiplies what is selected below it by its expected size, through
/// every level: the smaller of its page size ('first' or 'last'; the default page when neither is given, the maximum
/// page size when a variable gives it) and the largest such list in the current graph (<c>WithListSize</c>, which may
/// depend on the arguments: a country's units for one country), else <see cref="GraphQLLimits.DefaultListSize"/>. A
/// connection is the list: it multiplies what is selected below it, and its <c>edges</c> and <c>nodes</c> count once.
/// The schema's own lists (introspection) count as their average size in the schema (<see cref="IntrospectionSizes"/>).
/// Fragments count as they are spread.
/// <para>
/// Below a field whose arguments name two countries (<c>OpensPartnershipScope</c>), the partnership lists of that
/// answer (<c>WithListSize(..., withinScope)</c>) are bounded by that pair's own largest lists
/// (<see cref="PartnershipBounds"/>) instead of the whole graph's, as long as every field between them is such a list:
/// one step through any other field (a partner's own partners) and the graph's largest list applies again.
/// </para>
/// </summary>
internal static class ListSizeComplexity
{
    private const string MetadataKey = "RelationsGraph:ListSize";
    private const string ScopeKey = "RelationsGraph:PartnershipScope";
    private const string ScopedSizeKey = "RelationsGraph:PartnershipListSize";

    /// <summary>What an argument accessor returns for an argument that is given but whose value is not known at validation.</summary>
    public static readonly object UnknownArgument = new();
    private const string FirstArgument = "first";
    private const string LastArgument = "last";

    /// <summary>Marks a list field with the statistic of the graph that bounds its size.</summary>
    public static TMetadataWriter WithListSize<TMetadataWriter>(this TMetadataWriter field, Func<GraphStatistics, int> largest)
        where TMetadataWriter : IMetadataWriter => field.WithListSize((statistics, _) => largest(statistics));

    /// <summary>
    /// Marks a list field whose size depends on its arguments (a country's units): the bound receives the argument
    /// values known at validation (literals and variables), or null for an argument not given.
    /// </summary>
    public static TMetadataWriter WithListSize<TMetadataWriter>(this TMetadataWriter field, Func<GraphStatistics, Func<string, object?>, int> largest)
        where TMetadataWriter : IMetadataWriter => field.WithMetadata(MetadataKey, largest);

    /// <summary>Marks a list of partnerships' parts, bounded by <paramref name="withinScope"/> below a field that opens a scope.</summary>
    public static TMetadataWriter WithListSize<TMetadataWriter>(this TMetadataWriter field, Func<GraphStatistics, int> largest, Func<PartnershipBounds, int> withinScope)
        where TMetadataWriter : IMetadataWriter => field.WithListSize(largest).WithMetadata(ScopedSizeKey, withinScope);

    /// <summary>A list whose size depends on its arguments, bounded by <paramref name="withinScope"/> where a scope holds.</summary>
    public static TMetadataWriter WithListSize<TMetadataWriter>(this TMetadataWriter field, Func<GraphStatistics, Func<string, object?>, int> largest, Func<PartnershipBounds, int> withinScope)
        where TMetadataWriter : IMetadataWriter => field.WithListSize(largest).WithMetadata(ScopedSizeKey, withinScope);

    /// <summary>
    /// Marks a field whose arguments fix the partnerships below it: <paramref name="scope"/> receives the argument values
    /// known at validation (null for an argument not given, <see cref="UnknownArgument"/> for one not known) and returns
    /// the bounds of those partnerships, or null when the arguments do not fix them.
    /// </summary>
    public static TMetadataWriter OpensPartnershipScope<TMetadataWriter>(this TMetadataWriter field, Func<GraphStatistics, Func<string, object?>, PartnershipBounds?> scope)
        where TMetadataWriter : IMetadataWriter => field.WithMetadata(ScopeKey, scope);

    public static void Configure(ComplexityOptions options, GraphQLLimits limits, SnapshotHolder snapshots)
    {
        options.MaxDepth = limits.MaxDepth;
        options.MaxComplexity = limits.MaxComplexity;
        options.DefaultListImpactMultiplier = limits.DefaultListSize;
        options.DefaultComplexityImpactDelegate = context => Analyze(context, limits, GraphStatistics.Of(snapshots.Current));
        options.ValidateComplexityDelegate = context =>
        {
            RequestBudget.Of(context.ValidationContext.UserContext)?.RecordComplexity(context.TotalImpact);
            if (context.Error is not null)
            {
                context.Error = context.MaxDepth > limits.MaxDepth
                    ? new ValidationError($"The query nests fields {context.MaxDepth} levels deep; at most {limits.MaxDepth} are allowed.") { Code = ErrorCodes.QueryTooDeep }
                    : new ValidationError($"The query could return about {Format(context.TotalImpact)} values, more than the {limits.MaxComplexity:N0} allowed. Ask for fewer fields, smaller lists ('first') or less nesting.") { Code = ErrorCodes.QueryTooComplex };
            }

            return Task.CompletedTask;
        };
    }

    public static FieldComplexityResult Analyze(FieldImpactContext context, GraphQLLimits limits, GraphStatistics statistics)
    {
        var type = context.FieldDefinition.ResolvedType;
        type = type is NonNullGraphType nonNull ? nonNull.ResolvedType : type;
        if (type is IConnectionGraphType)
        {
            return new FieldComplexityResult(1, Math.Max(1, ExpectedSize(context, limits, statistics)));
        }

        if (type is not ListGraphType list)
        {
            return new FieldComplexityResult(1, 1);
        }

        if (context.ParentType is IConnectionGraphType)
        {
            // The connection above already multiplies by the page's size.
            return new FieldComplexityResult(1, 1);
        }

        var size = IntrospectionSizes.IsIntrospectionType(context.ParentType)
            ? IntrospectionSizes.Of(context.ValidationContext.Schema).SizeOf(context.FieldDefinition.Name)
            : ExpectedSize(context, limits, statistics);
        size = Math.Max(1, size);
        var item = list.ResolvedType is NonNullGraphType nonNullItem ? nonNullItem.ResolvedType : list.ResolvedType;

        // A list of scalars returns its items; a list of objects multiplies what is selected on each item.
        return item is ScalarGraphType or EnumerationGraphType ? new FieldComplexityResult(size, 1) : new FieldComplexityResult(1, size);
    }

    private static double ExpectedSize(FieldImpactContext context, GraphQLLimits limits, GraphStatistics statistics)
    {
        var largest = context.FieldDefinition.GetMetadata<Func<PartnershipBounds, int>>(ScopedSizeKey) is { } withinScope && ScopeOf(context, statistics) is { } scope
            ? withinScope(scope)
            : context.FieldDefinition.GetMetadata<Func<GraphStatistics, Func<string, object?>, int>>(MetadataKey) is { } bound
                ? bound(statistics, name => ArgumentValue(context, name))
                : (int?)null;
        return PageSize(context, limits) is { } page
            ? Math.Min(page, largest ?? page)
            : largest ?? limits.DefaultListSize;
    }

    /// <summary>
    /// The partnership bounds that hold for this field: its own scope when it opens one, else its parent's when it is
    /// one of the scope's lists; null otherwise.
    /// </summary>
    private static PartnershipBounds? ScopeOf(FieldImpactContext context, GraphStatistics statistics)
    {
        if (context.FieldDefinition.GetMetadata<Func<GraphStatistics, Func<string, object?>, PartnershipBounds?>>(ScopeKey) is { } opens)
        {
            return opens(statistics, name => ArgumentValue(context, name));
        }

        return context.FieldDefinition.HasMetadata(ScopedSizeKey) && context.Parent is { } parent ? ScopeOf(parent, statistics) : null;
    }

    private static object? ArgumentValue(FieldImpactContext context, string name)
    {
        if (context.Arguments is { } arguments && arguments.TryGetValue(name, out var value))
        {
            return value.Value;
        }

        return context.FieldAst.Arguments?.Items.FirstOrDefault(argument => argument.Name.Value == name)?.Value switch
        {
            null => null,
            GraphQLStringValue literal => literal.Value.ToString(),
            GraphQLNullValue => null,
            _ => UnknownArgument,
        };
    }

    /// <summary>The most items a paged list can return: 'first' or 'last' (the larger when both are given).</summary>
    private static int? PageSize(FieldImpactContext context, GraphQLLimits limits)
    {
        var first = Size(context, FirstArgument, limits, out var firstDefined);
        var last = Size(context, LastArgument, limits, out var lastDefined);
        if (!firstDefined && !lastDefined)
        {
            return null;
        }

        if (first is null && last is null)
        {
            var definition = context.FieldDefinition.Arguments?.Find(FirstArgument);
            return definition?.DefaultValue is int defaultValue ? defaultValue : lastDefined ? GraphQLLimits.DefaultPageSize : limits.MaxPageSize;
        }

        return Math.Max(first ?? 0, last ?? 0);
    }

    private static int? Size(FieldImpactContext context, string name, GraphQLLimits limits, out bool defined)
    {
        defined = context.FieldDefinition.Arguments?.Find(name) is not null;
        if (!defined)
        {
            return null;
        }

        if (context.Arguments is { } arguments && arguments.TryGetValue(name, out var value) && value.Value is int given)
        {
            return Math.Min(given, limits.MaxPageSize);
        }

        return context.FieldAst.Arguments?.Items.FirstOrDefault(argument => argument.Name.Value == name)?.Value switch
        {
            GraphQLIntValue literal when int.TryParse(literal.Value.Span, System.Globalization.CultureInfo.InvariantCulture, out var number) => Math.Min(number, limits.MaxPageSize),
            null or GraphQLNullValue => null,
            _ => limits.MaxPageSize,
        };
    }

    private static string Format(double value) =>
        value >= 1e12 ? "more than a trillion" : value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
}
