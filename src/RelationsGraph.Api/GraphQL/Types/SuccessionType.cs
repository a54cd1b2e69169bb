using GraphQL.Types;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Api.GraphQL.Types;

internal sealed class SuccessionType : ObjectGraphType<SuccessionLink>
{
    public SuccessionType()
    {
        Name = "Succession";
        Description = "A SUCCEEDED_BY link seen from one side: the other unit, the date it took effect and its legal basis.";
        Field<NonNullGraphType<ProvinceType>>("province").Description("The predecessor or successor.").ResolveSource(source => source.Unit);
        Field<NonNullGraphType<DateType>>("effectiveOn").ResolveSource(source => source.EffectiveOn);
        Field<NonNullGraphType<StringGraphType>>("basis").Description("e.g. Resolution 202/2025/QH15.").ResolveSource(source => source.Basis);
    }
}
