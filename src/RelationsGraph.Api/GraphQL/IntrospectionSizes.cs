using System.Runtime.CompilerServices;
using GraphQL.Types;

namespace RelationsGraph.Api.GraphQL;

/// <summary>
/// The sizes of the schema's own lists (types, fields, arguments, enum values…) for the complexity estimate of an
/// introspection query. The schema is fixed, so these are known exactly: each list counts as the average size of that
/// list over the schema, which makes the estimate of a full introspection (what GraphiQL sends) close to the answer's
/// real size, while a query that nests <c>fields { type { fields … } }</c> still multiplies level by level and is
/// refused by the same limit as any other. Computed once per schema.
/// </summary>
internal sealed record IntrospectionSizes
{
    private static readonly ConditionalWeakTable<ISchema, IntrospectionSizes> BySchema = [];

    private IntrospectionSizes(IReadOnlyDictionary<string, double> sizes) => Sizes = sizes;

    private IReadOnlyDictionary<string, double> Sizes { get; }

    /// <summary>Whether <paramref name="parent"/> is one of the introspection types (<c>__Schema</c>, <c>__Type</c>…).</summary>
    public static bool IsIntrospectionType(IGraphType? parent) => parent?.Name.StartsWith("__", StringComparison.Ordinal) == true;

    public static IntrospectionSizes Of(ISchema schema) => BySchema.GetValue(schema, Measure);

    /// <summary>The expected size of the list field <paramref name="field"/> of an introspection type.</summary>
    public double SizeOf(string field) => Sizes.TryGetValue(field, out var size) ? size : 1;

    private static IntrospectionSizes Measure(ISchema schema)
    {
        var types = schema.AllTypes.ToList();
        var fields = types.OfType<IComplexGraphType>().Where(type => type is not IInputObjectGraphType).SelectMany(type => type.Fields).ToList();
        var directives = schema.Directives.ToList();
        return new IntrospectionSizes(new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["types"] = types.Count,
            ["directives"] = directives.Count,
            ["fields"] = Average(types.OfType<IComplexGraphType>().Where(type => type is not IInputObjectGraphType).Select(type => type.Fields.Count)),
            ["inputFields"] = Average(types.OfType<IInputObjectGraphType>().Select(type => type.Fields.Count)),
            ["enumValues"] = Average(types.OfType<EnumerationGraphType>().Select(type => type.Values.Count)),
            ["interfaces"] = Average(types.OfType<IImplementInterfaces>().Select(type => type.ResolvedInterfaces.Count)),
            ["possibleTypes"] = Average(types.OfType<IAbstractGraphType>().Select(type => type.PossibleTypes.Count)),
            ["args"] = Average(fields.Select(field => field.Arguments?.Count ?? 0).Concat(directives.Select(directive => directive.Arguments?.Count ?? 0))),
            ["locations"] = Average(directives.Select(directive => directive.Locations.Count)),
        });
    }

    /// <summary>The average over the members that have such a list at all (at least 1).</summary>
    private static double Average(IEnumerable<int> counts)
    {
        var present = counts.Where(count => count > 0).ToList();
        return present.Count == 0 ? 1 : Math.Ceiling(present.Average());
    }
}
