using GraphQL.Types;
using GraphQL;
using RelationsGraph.Facts;
using RelationsGraph.Partnerships;
using RelationsGraph.Seed;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Api.GraphQL.Types;

internal sealed class InstrumentType : ObjectGraphType<InstrumentNode>
{
    public InstrumentType()
    {
        Name = "Instrument";
        Description = "An agreement, memorandum, minutes, plan or other act between provinces, with the evidence for it.";
        Field<NonNullGraphType<IdGraphType>>("id").ResolveSource(source => source.Id);
        Field<NonNullGraphType<InstrumentKindType>>("kind").ResolveSource(source => source.Kind);
        Field<StringGraphType>("number").Description("The official number, e.g. 481/KH-UBND.").ResolveSource(source => source.Instrument.Number);
        Field<NonNullGraphType<StringGraphType>>("title").Description("English title.").ResolveSource(source => source.Instrument.Title);
        Field<StringGraphType>("titleVi").Description("Vietnamese title.").ResolveSource(source => source.Instrument.TitleVi);
        Field<DateType>("signedOn")
            .Description("The signing or issue date; null when unknown or when sources disagree (see signedOnClaims and conflicts).")
            .ResolveSource(source => source.Instrument.SignedOn);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClaimType>>>>("signedOnClaims").Description("Every sourced signing date, including disagreeing ones.").ResolveSource(source => source.SignedOnClaims);
        Field<IntGraphType>("periodStart").Description("First year of the period the instrument covers.").ResolveSource(source => source.Instrument.PeriodStart);
        Field<IntGraphType>("periodEnd").Description("Last year of the period the instrument covers.").ResolveSource(source => source.Instrument.PeriodEnd);
        Field<DateType>("inForceFrom").Description("First day in force as far as the sources date it.").ResolveSource(source => source.InForce?.From);
        Field<DateType>("inForceTo")
            .Description("Last day in force: the period's end, the day before a replacing or renewing instrument was signed, or null while open-ended.")
            .ResolveSource(source => source.InForce is { } range && range.To != DateOnly.MaxValue ? (DateOnly?)range.To : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DateSpanType>>>>("disputedInForce")
            .Description("The days on which whether the instrument was in force depends on which source is right (sources disagree on its date or on the date of an instrument that bounds it); empty when they agree.")
            .ResolveSource(source => source.DisputedDays());
        Field<NonNullGraphType<InForceStatusType>>("inForceOn")
            .Description("Whether the instrument was in force on a day: IN_FORCE, NOT_IN_FORCE, DISPUTED when its sources disagree on a date that decides it, UNDATED when they give no date.")
            .Argument<NonNullGraphType<DateType>>("date")
            .ResolveContext((context, source) => source.InForceOn(context.GetArgument<DateOnly>("date")));
        Field<NonNullGraphType<InstrumentStatusType>>("status").ResolveSource(source => source.Instrument.Status);
        Field<NonNullGraphType<BooleanGraphType>>("background").Description("True when the sources mention the instrument only as past context.").ResolveSource(source => source.Instrument.Background);
        Field<NonNullGraphType<SourceKindType>>("source").Description("How the instrument is known: official document, article body, related-news summary or only a related-news headline.").ResolveSource(source => source.Instrument.Source);
        Field<NonNullGraphType<FloatGraphType>>("confidence").Description("From 0 to 1: how sure the extraction or a reviewer is; 0.6 or less for facts known only from a related-news headline. Partnerships count facts of 0.7 or more unless asked otherwise.").ResolveSource(source => source.Instrument.Confidence);
        Field<NonNullGraphType<BooleanGraphType>>("reviewed").Description("True once a person has checked the instrument; partnerships count reviewed facts unless asked otherwise.").ResolveSource(source => source.Instrument.Reviewed);
        Field<StringGraphType>("reviewedBy").Description("Who accepted or corrected the fact in the review app; null when unreviewed or reviewed by hand.").ResolveSource(source => source.Instrument.ReviewedBy);
        Field<StringGraphType>("reviewedAt").Description("When the reviewer's decision was written (ISO 8601, UTC).").ResolveSource(source => SeedFormat.Timestamp(source.Instrument.ReviewedAt));
        Field<NonNullGraphType<BooleanGraphType>>("countsAsPartnership")
            .Description("Whether the default partnership answer counts this instrument: a concluded cooperation instrument (a plan through the instrument it implements), reviewed, of confidence 0.7 or more. Visits, awards and other events never do by default.")
            .ResolveSource(source => PartnershipPolicy.Default.Admits(source));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CooperationFieldType>>>>("fields").Description("Fields of cooperation.").WithListSize(statistics => statistics.FieldsPerInstrument).ResolveSource(source => source.Fields);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PartyType>>>>("parties").WithListSize(statistics => statistics.PartiesPerInstrument).ResolveSource(source => source.Parties);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InstrumentType>>>>("implements").Description("Instruments this one carries out.").ResolveSource(source => Linked(source.Links, LinkType.Implements, outgoing: true));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InstrumentType>>>>("implementedBy").ResolveSource(source => Linked(source.LinkedFrom, LinkType.Implements, outgoing: false));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InstrumentType>>>>("replaces").ResolveSource(source => Linked(source.Links, LinkType.Replaces, outgoing: true));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InstrumentType>>>>("replacedBy").ResolveSource(source => Linked(source.LinkedFrom, LinkType.Replaces, outgoing: false));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InstrumentType>>>>("renews").ResolveSource(source => Linked(source.Links, LinkType.Renews, outgoing: true));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InstrumentType>>>>("renewedBy").ResolveSource(source => Linked(source.LinkedFrom, LinkType.Renews, outgoing: false));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CommitmentType>>>>("commitments").WithListSize(statistics => statistics.CommitmentsPerInstrument).ResolveSource(source => source.Commitments);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PersonRoleType>>>>("people").Description("Signatories and attendees.").WithListSize(statistics => statistics.PeoplePerInstrument).ResolveSource(source => source.People);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceType>>>>("evidence").Description("The document spans that state the instrument.").WithListSize(statistics => statistics.EvidencePerFact, bounds => bounds.EvidencePerInstrument).ResolveSource(source => source.Evidence);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConflictType>>>>("conflicts").Description("Attributes on which the sources disagree.").ResolveSource(source => source.Conflicts);
    }

    private static IEnumerable<InstrumentNode> Linked(IReadOnlyList<InstrumentLinkNode> links, LinkType type, bool outgoing) =>
        links.Where(link => link.Type == type).Select(link => outgoing ? link.To : link.From);
}
