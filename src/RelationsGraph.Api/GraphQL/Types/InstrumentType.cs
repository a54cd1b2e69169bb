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
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => context.Source.Id);
        Field<NonNullGraphType<InstrumentKindType>>("kind").Resolve(context => context.Source.Kind);
        Field<StringGraphType>("number").Description("The official number, e.g. 481/KH-UBND.").Resolve(context => context.Source.Instrument.Number);
        Field<NonNullGraphType<StringGraphType>>("title").Description("English title.").Resolve(context => context.Source.Instrument.Title);
        Field<StringGraphType>("titleVi").Description("Vietnamese title.").Resolve(context => context.Source.Instrument.TitleVi);
        Field<DateType>("signedOn")
            .Description("The signing or issue date; null when unknown or when sources disagree (see signedOnClaims and conflicts).")
            .Resolve(context => context.Source.Instrument.SignedOn);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClaimType>>>>("signedOnClaims").Description("Every sourced signing date, including disagreeing ones.").Resolve(context => context.Source.SignedOnClaims);
        Field<IntGraphType>("periodStart").Description("First year of the period the instrument covers.").Resolve(context => context.Source.Instrument.PeriodStart);
        Field<IntGraphType>("periodEnd").Description("Last year of the period the instrument covers.").Resolve(context => context.Source.Instrument.PeriodEnd);
        Field<DateType>("inForceFrom").Description("First day in force as far as the sources date it.").Resolve(context => context.Source.InForce?.From);
        Field<DateType>("inForceTo")
            .Description("Last day in force: the period's end, the day before a replacing or renewing instrument was signed, or null while open-ended.")
            .Resolve(context => context.Source.InForce is { } range && range.To != DateOnly.MaxValue ? range.To : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DateSpanType>>>>("disputedInForce")
            .Description("The days on which whether the instrument was in force depends on which source is right (sources disagree on its date or on the date of an instrument that bounds it); empty when they agree.")
            .Resolve(context => context.Source.DisputedDays());
        Field<NonNullGraphType<InForceStatusType>>("inForceOn")
            .Description("Whether the instrument was in force on a day: IN_FORCE, NOT_IN_FORCE, DISPUTED when its sources disagree on a date that decides it, UNDATED when they give no date.")
            .Argument<NonNullGraphType<DateType>>("date")
            .Resolve(context => context.Source.InForceOn(context.GetArgument<DateOnly>("date")));
        Field<NonNullGraphType<InstrumentStatusType>>("status").Resolve(context => context.Source.Instrument.Status);
        Field<NonNullGraphType<BooleanGraphType>>("background").Description("True when the sources mention the instrument only as past context.").Resolve(context => context.Source.Instrument.Background);
        Field<NonNullGraphType<SourceKindType>>("source").Description("How the instrument is known: official document, article body, related-news summary or only a related-news headline.").Resolve(context => context.Source.Instrument.Source);
        Field<NonNullGraphType<FloatGraphType>>("confidence").Description("From 0 to 1: how sure the extraction or a reviewer is; 0.6 or less for facts known only from a related-news headline. Partnerships count facts of 0.7 or more unless asked otherwise.").Resolve(context => context.Source.Instrument.Confidence);
        Field<NonNullGraphType<BooleanGraphType>>("reviewed").Description("True once a person has checked the instrument; partnerships count reviewed facts unless asked otherwise.").Resolve(context => context.Source.Instrument.Reviewed);
        Field<StringGraphType>("reviewedBy").Description("Who accepted or corrected the fact in the review app; null when unreviewed or reviewed by hand.").Resolve(context => context.Source.Instrument.ReviewedBy);
        Field<StringGraphType>("reviewedAt").Description("When the reviewer's decision was written (ISO 8601, UTC).").Resolve(context => SeedFormat.Timestamp(context.Source.Instrument.ReviewedAt));
        Field<NonNullGraphType<BooleanGraphType>>("countsAsPartnership")
            .Description("Whether the default partnership answer counts this instrument: a concluded cooperation instrument (a plan through the instrument it implements), reviewed, of confidence 0.7 or more. Visits, awards and other events never do by default.")
            .Resolve(context => PartnershipPolicy.Default.Admits(context.Source));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CooperationFieldType>>>>("fields").Description("Fields of cooperation.").WithListSize(statistics => statistics.FieldsPerInstrument).Resolve(context => context.Source.Fields);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PartyType>>>>("parties").WithListSize(statistics => statistics.PartiesPerInstrument).Resolve(context => context.Source.Parties);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InstrumentType>>>>("implements").Description("Instruments this one carries out.").Resolve(context => Linked(context.Source.Links, LinkType.Implements, outgoing: true));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InstrumentType>>>>("implementedBy").Resolve(context => Linked(context.Source.LinkedFrom, LinkType.Implements, outgoing: false));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InstrumentType>>>>("replaces").Resolve(context => Linked(context.Source.Links, LinkType.Replaces, outgoing: true));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InstrumentType>>>>("replacedBy").Resolve(context => Linked(context.Source.LinkedFrom, LinkType.Replaces, outgoing: false));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InstrumentType>>>>("renews").Resolve(context => Linked(context.Source.Links, LinkType.Renews, outgoing: true));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InstrumentType>>>>("renewedBy").Resolve(context => Linked(context.Source.LinkedFrom, LinkType.Renews, outgoing: false));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CommitmentType>>>>("commitments").WithListSize(statistics => statistics.CommitmentsPerInstrument).Resolve(context => context.Source.Commitments);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PersonRoleType>>>>("people").Description("Signatories and attendees.").WithListSize(statistics => statistics.PeoplePerInstrument).Resolve(context => context.Source.People);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceType>>>>("evidence").Description("The document spans that state the instrument.").WithListSize(statistics => statistics.EvidencePerFact, bounds => bounds.EvidencePerInstrument).Resolve(context => context.Source.Evidence);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConflictType>>>>("conflicts").Description("Attributes on which the sources disagree.").Resolve(context => context.Source.Conflicts);
    }

    private static IEnumerable<InstrumentNode> Linked(IReadOnlyList<InstrumentLinkNode> links, LinkType type, bool outgoing) =>
        links.Where(link => link.Type == type).Select(link => outgoing ? link.To : link.From);
}
