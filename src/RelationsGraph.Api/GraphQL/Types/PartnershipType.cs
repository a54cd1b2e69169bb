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
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InstrumentType>>>>("instruments").Description("The instruments behind the partnership, oldest first.").WithListSize(statistics => statistics.InstrumentsPerPair, bounds => bounds.InstrumentsPerPartnership).Resolve(context => context.Source.Instruments);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MechanismType>>>>("mechanisms").Description("Mechanisms both are members of.").Resolve(context => context.Source.Mechanisms);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SessionType>>>>("sessions").Description("The sessions of those mechanisms that count (reviewed and confident enough), in date order.").Resolve(context => context.Source.Sessions);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PartyLevelType>>>>("levels").Description("The levels at which the parties act.").Resolve(context => context.Source.Levels);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InstrumentKindType>>>>("kinds")
            .Resolve(context => context.Source.Instruments.Select(instrument => instrument.Kind).Distinct().Order());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CooperationFieldType>>>>("fields")
            .Description("Every field of cooperation of the instruments.")
            .Resolve(context => context.Source.Instruments.SelectMany(instrument => instrument.Fields).Distinct().OrderBy(field => field.Code, StringComparer.Ordinal));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProvinceType>>>>("inheritedFrom")
            .Description("Merged units whose partnerships were attributed to either side: a province formed by the 2025 merger inherits its predecessors' (also with asOf after the merger, or rollUpPredecessors).")
            .Resolve(context => context.Source.InheritedFrom);
        Field<ProvinceType>("successor")
            .Description("The province that holds the province's territory today, when the province itself no longer exists (e.g. Bac Giang: the merged Bac Ninh).")
            .Resolve(context => context.Source.Subject.LatestHolder is var holder && holder != context.Source.Subject ? holder : null);
        Field<ProvinceType>("partnerSuccessor")
            .Description("The province that holds the partner's territory today, when the partner no longer exists (e.g. Quang Binh: the merged Quang Tri).")
            .Resolve(context => context.Source.Partner.LatestHolder is var holder && holder != context.Source.Partner ? holder : null);
        Field<NonNullGraphType<IntGraphType>>("instrumentCount").Description("How many instruments stand behind the partnership.").Resolve(context => context.Source.Instruments.Count);
        Field<NonNullGraphType<FloatGraphType>>("confidence").Description("The best confidence among the facts behind the partnership (0 to 1).").Resolve(context => context.Source.Confidence);
        Field<NonNullGraphType<SourceKindType>>("source").Description("How the best-known fact behind it is known: official document, article body, related-news summary or only a related-news headline.").Resolve(context => context.Source.Sources[0]);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceKindType>>>>("sources").Description("How the facts behind it are known, strongest first.").Resolve(context => context.Source.Sources);
        Field<NonNullGraphType<BooleanGraphType>>("reviewed").Description("True when every fact behind it has been reviewed (always, unless includeUnreviewed was asked).").Resolve(context => context.Source.Reviewed);
        Field<InForceStatusType>("inForce")
            .Description("With asOf: IN_FORCE, or DISPUTED when only a date another source contradicts puts it in force that day. Null for all-time answers.")
            .Resolve(context => context.Source.InForce);
    }
}
