using GraphQL.Types;
using RelationsGraph.Partnerships;

namespace RelationsGraph.Api.GraphQL.Types;

internal sealed class PartnershipType : ObjectGraphType<Partnership>
{
    public PartnershipType()
    {
        Name = "Partnership";
        Description = "PARTNERS_WITH between two provinces of different countries, with every instrument and mechanism behind it.";
        Field<NonNullGraphType<ProvinceType>>("province").Description("The province whose partner this is.").ResolveSource(source => source.Subject);
        Field<NonNullGraphType<ProvinceType>>("partner").ResolveSource(source => source.Partner);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InstrumentType>>>>("instruments").Description("The instruments behind the partnership, oldest first.").WithListSize(statistics => statistics.InstrumentsPerPair, bounds => bounds.InstrumentsPerPartnership).ResolveSource(source => source.Instruments);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MechanismType>>>>("mechanisms").Description("Mechanisms both are members of.").ResolveSource(source => source.Mechanisms);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SessionType>>>>("sessions").Description("The sessions of those mechanisms that count (reviewed and confident enough), in date order.").ResolveSource(source => source.Sessions);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PartyLevelType>>>>("levels").Description("The levels at which the parties act.").ResolveSource(source => source.Levels);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InstrumentKindType>>>>("kinds")
            .ResolveSource(source => source.Instruments.Select(instrument => instrument.Kind).Distinct().Order());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CooperationFieldType>>>>("fields")
            .Description("Every field of cooperation of the instruments.")
            .ResolveSource(source => source.Instruments.SelectMany(instrument => instrument.Fields).Distinct().OrderBy(field => field.Code, StringComparer.Ordinal));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProvinceType>>>>("inheritedFrom")
            .Description("Merged units whose partnerships were attributed to either side: a province formed by the 2025 merger inherits its predecessors' (also with asOf after the merger, or rollUpPredecessors).")
            .ResolveSource(source => source.InheritedFrom);
        Field<ProvinceType>("successor")
            .Description("The province that holds the province's territory today, when the province itself no longer exists (e.g. Bac Giang: the merged Bac Ninh).")
            .ResolveSource(source => source.Subject.LatestHolder is var holder && holder != source.Subject ? holder : null);
        Field<ProvinceType>("partnerSuccessor")
            .Description("The province that holds the partner's territory today, when the partner no longer exists (e.g. Quang Binh: the merged Quang Tri).")
            .ResolveSource(source => source.Partner.LatestHolder is var holder && holder != source.Partner ? holder : null);
        Field<NonNullGraphType<IntGraphType>>("instrumentCount").Description("How many instruments stand behind the partnership.").ResolveSource(source => source.Instruments.Count);
        Field<NonNullGraphType<FloatGraphType>>("confidence").Description("The best confidence among the facts behind the partnership (0 to 1).").ResolveSource(source => source.Confidence);
        Field<NonNullGraphType<SourceKindType>>("source").Description("How the best-known fact behind it is known: official document, article body, related-news summary or only a related-news headline.").ResolveSource(source => source.Sources[0]);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceKindType>>>>("sources").Description("How the facts behind it are known, strongest first.").ResolveSource(source => source.Sources);
        Field<NonNullGraphType<BooleanGraphType>>("reviewed").Description("True when every fact behind it has been reviewed (always, unless includeUnreviewed was asked).").ResolveSource(source => source.Reviewed);
        Field<InForceStatusType>("inForce")
            .Description("With asOf: IN_FORCE, or DISPUTED when only a date another source contradicts puts it in force that day. Null for all-time answers.")
            .ResolveSource(source => source.InForce);
    }
}
