using GraphQL.Types;
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
        Field<NonNullGraphType<IntGraphType>>("start").Resolve(context => context.Source.Evidence.Start);
        Field<NonNullGraphType<IntGraphType>>("end").Resolve(context => context.Source.Evidence.End);
        Field<StringGraphType>("quote").Description("The text of the span, to cite.").Resolve(context => context.Source.Evidence.Quote);
        Field<StringGraphType>("field").Description("The attribute this span gives a value for, e.g. signed_on.").Resolve(context => context.Source.Evidence.Field);
        Field<StringGraphType>("value").Description("The value this source gives the attribute.").Resolve(context => context.Source.Evidence.Value);
        Field<StringGraphType>("claimedBy")
            .Description("Set when the value is a reviewer's correction, not the document's: the reviewer who read this span and gives this value (the document's own reading of the span is kept beside it).")
            .Resolve(context => context.Source.Evidence.ClaimedBy);
        Field<StringGraphType>("claimedAt").Description("When the reviewer made the correction (ISO 8601, UTC).").Resolve(context => SeedFormat.Timestamp(context.Source.Evidence.ClaimedAt));
    }
}
