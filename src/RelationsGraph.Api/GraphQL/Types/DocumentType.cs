using GraphQL.Types;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Api.GraphQL.Types;

internal sealed class DocumentType : ObjectGraphType<DocumentNode>
{
    public DocumentType()
    {
        Name = "Document";
        Description = "A source document. Its id is the first 16 hex digits of the SHA-256 of its content.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => context.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(context => context.Source.Document.Title);
        Field<StringGraphType>("publisher").Resolve(context => context.Source.Document.Publisher);
        Field<StringGraphType>("url").Resolve(context => context.Source.Document.Url);
        Field<DateType>("publishedOn").Resolve(context => context.Source.Document.PublishedOn);
        Field<NonNullGraphType<StringGraphType>>("language").Description("BCP 47 language tag.").Resolve(context => context.Source.Document.Language);
        Field<NonNullGraphType<StringGraphType>>("contentHash").Description("sha256: and the hex digest of the document's bytes.").Resolve(context => context.Source.Document.ContentHash);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceType>>>>("evidence").Description("Every span of this document that supports a fact.").WithListSize(statistics => statistics.EvidencePerDocument).Resolve(context => context.Source.Evidence);
    }
}
