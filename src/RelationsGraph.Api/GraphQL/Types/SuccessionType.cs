using GraphQL.Types;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Api.GraphQL.Types;

internal sealed class SuccessionType : ObjectGraphType<SuccessionLink>
{
    public SuccessionType()
    {
        Name = "Succession";
        Description = "A SUCCEEDED_BY link seen from one side: the other unit, the date it took effect and its legal basis.";
        Field<NonNullGraphType<ProvinceType>>("province").Description("The predecessor or successor.").Resolve(context => context.Source.Unit);
        Field<NonNullGraphType<DateType>>("effectiveOn").Resolve(context => context.Source.EffectiveOn);
        Field<NonNullGraphType<StringGraphType>>("basis").Description("e.g. Resolution 202/2025/QH15.").Resolve(context => context.Source.Basis);
    }
}
