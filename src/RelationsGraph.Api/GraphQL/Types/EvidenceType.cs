using GraphQL.Types;
using RelationsGraph.Citations;
using RelationsGraph.Seed;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Api.GraphQL.Types;

internal sealed class EvidenceType : ObjectGraphType<EvidenceNode>
{
    public EvidenceType()
    {
        Name = "Evidence";
        Description = "A span of a source document that states a fact. start and end are offsets in UTF-16 code units into the document's text.";
        Field<NonNullGraphType<DocumentType>>("document").Resolve(context => context.Source.Document);
        Field<NonNullGraphType<IntGraphType>>("start").Resolve(context => context.Source.Start);
        Field<NonNullGraphType<IntGraphType>>("end").Resolve(context => context.Source.End);
        Field<StringGraphType>("quote").Description("The text of the span exactly as in the document (line breaks of a PDF included); citation.quote is the same as clean text.").Resolve(context => context.Source.Quote);
        Field<NonNullGraphType<CitationType>>("citation").Description("A ready citation: document title, publisher, date, URL where known, clean quote, and a link to the passage.").Resolve(context => Citation.Of(context.Source));
        Field<StringGraphType>("field").Description("The attribute this span gives a value for, e.g. signed_on.").Resolve(context => context.Source.Field);
        Field<StringGraphType>("value").Description("The value this source gives the attribute.").Resolve(context => context.Source.Value);
        Field<StringGraphType>("claimedBy")
            .Description("Set when the value is a reviewer's correction, not the document's: the reviewer who read this span and gives this value (the document's own reading of the span is kept beside it).")
            .Resolve(context => context.Source.ClaimedBy);
        Field<StringGraphType>("claimedAt").Description("When the reviewer made the correction (ISO 8601, UTC).").Resolve(context => SeedFormat.Timestamp(context.Source.ClaimedAt));
    }
}
