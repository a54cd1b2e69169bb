using GraphQL.Types;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Api.GraphQL.Types;

internal sealed class DocumentType : ObjectGraphType<DocumentNode>
{
    public DocumentType()
    {
        Name = "Document";
        Description = "A source document. Its id is the first 16 hex digits of the SHA-256 of its content.";
        Field<NonNullGraphType<IdGraphType>>("id").ResolveSource(source => source.Id);
        Field<NonNullGraphType<StringGraphType>>("title").ResolveSource(source => source.Document.Title);
        Field<StringGraphType>("publisher").ResolveSource(source => source.Document.Publisher);
        Field<StringGraphType>("url").ResolveSource(source => source.Document.Url);
        Field<DateType>("publishedOn").ResolveSource(source => source.Document.PublishedOn);
        Field<NonNullGraphType<StringGraphType>>("language").Description("BCP 47 language tag.").ResolveSource(source => source.Document.Language);
        Field<NonNullGraphType<StringGraphType>>("contentHash").Description("sha256: and the hex digest of the document's bytes.").ResolveSource(source => source.Document.ContentHash);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceType>>>>("evidence").Description("Every span of this document that supports a fact.").WithListSize(statistics => statistics.EvidencePerDocument).ResolveSource(source => source.Evidence);
    }
}
