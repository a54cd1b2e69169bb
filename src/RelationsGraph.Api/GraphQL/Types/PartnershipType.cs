using GraphQL.Types;
using RelationsGraph.Partnerships;

namespace RelationsGraph.Api.GraphQL.Types;

internal sealed class PartnershipType : ObjectGraphType<Partnership>
{
    public PartnershipType()
    {
        Name = "Partnership";
        Description = "PARTNERS_WITH between two provinces of different countries, with every instrument and mechanism behind it.";
        Field<NonNullGraphType<ProvinceType>>("province").Description("The province whose partner this is.").Resolve(context => context.Source.Subject);
        Field<NonNullGraphType<ProvinceType>>("partner").Resolve(context => context.Source.Partner);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InstrumentType>>>>("instruments").Description("The instruments behind the partnership, oldest first.").WithListSize(statistics => statistics.InstrumentsPerPair).Resolve(context => context.Source.Instruments);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MechanismType>>>>("mechanisms").Description("Mechanisms both are members of.").Resolve(context => context.Source.Mechanisms);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SessionType>>>>("sessions").Description("Sessions of those mechanisms.").Resolve(context => context.Source.Sessions);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PartyLevelType>>>>("levels").Description("The levels at which the parties act.").Resolve(context => context.Source.Levels);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InstrumentKindType>>>>("kinds")
            .Resolve(context => context.Source.Instruments.Select(instrument => instrument.Kind).Distinct().Order());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CooperationFieldType>>>>("fields")
            .Description("Every field of cooperation of the instruments.")
            .Resolve(context => context.Source.Instruments.SelectMany(instrument => instrument.Fields).Distinct().OrderBy(field => field.Code, StringComparer.Ordinal));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProvinceType>>>>("inheritedFrom")
            .Description("Merged units whose partnerships were attributed to either side (with asOf after a merger, or rollUpPredecessors).")
            .Resolve(context => context.Source.InheritedFrom);
    }
}
