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
        Field<NonNullGraphType<DocumentType>>("document").ResolveSource(source => source.Document);
        Field<NonNullGraphType<IntGraphType>>("start").ResolveSource(source => source.Start);
        Field<NonNullGraphType<IntGraphType>>("end").ResolveSource(source => source.End);
        Field<StringGraphType>("quote").Description("The text of the span exactly as in the document (line breaks of a PDF included); citation.quote is the same as clean text.").ResolveSource(source => source.Quote);
        Field<NonNullGraphType<CitationType>>("citation").Description("A ready citation: document title, publisher, date, URL where known, clean quote, and a link to the passage.").ResolveSource(source => Citation.Of(source));
        Field<StringGraphType>("field").Description("The attribute this span gives a value for, e.g. signed_on.").ResolveSource(source => source.Field);
        Field<StringGraphType>("value").Description("The value this source gives the attribute.").ResolveSource(source => source.Value);
        Field<StringGraphType>("claimedBy")
            .Description("Set when the value is a reviewer's correction, not the document's: the reviewer who read this span and gives this value (the document's own reading of the span is kept beside it).")
            .ResolveSource(source => source.ClaimedBy);
        Field<StringGraphType>("claimedAt").Description("When the reviewer made the correction (ISO 8601, UTC).").ResolveSource(source => SeedFormat.Timestamp(source.ClaimedAt));
    }
}
