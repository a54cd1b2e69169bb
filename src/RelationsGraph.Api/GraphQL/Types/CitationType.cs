using GraphQL.Types;
using RelationsGraph.Api.Documents;
using RelationsGraph.Citations;

namespace RelationsGraph.Api.GraphQL.Types;

internal sealed class CitationType : ObjectGraphType<Citation>
{
    public CitationType()
    {
        Name = "Citation";
        Description = "A ready citation of one piece of evidence: the document's title, publisher, publication date and URL where known, the quote as clean text, and a link to the passage on the API's page for the document.";
        Field<NonNullGraphType<StringGraphType>>("title").Description("The document's title.").ResolveSource(source => source.Title);
        Field<StringGraphType>("publisher").Description("Who published the document, when it says.").ResolveSource(source => source.Publisher);
        Field<DateType>("publishedOn").Description("When the document was published, when it says.").ResolveSource(source => source.PublishedOn);
        Field<StringGraphType>("url").Description("The document's own address, when known.").ResolveSource(source => source.Url);
        Field<NonNullGraphType<StringGraphType>>("language").Description("BCP 47 language tag of the document.").ResolveSource(source => source.Language);
        Field<StringGraphType>("quote").Description("The quoted span as clean text: PDF line breaks and hyphenation joined, spaces made single.").ResolveSource(source => source.Quote);
        Field<NonNullGraphType<StringGraphType>>("link")
            .Description("The API's page for the document, opened at the passage with the span highlighted (/documents/{id}#ev-{start}-{end}; relative to the API's address).")
            .ResolveSource(source => DocumentLinks.Passage(source.DocumentId, source.Start, source.End));
        Field<NonNullGraphType<StringGraphType>>("text").Description("The citation in one line: “quote” — title, publisher, date, URL (the parts known).").ResolveSource(source => source.Text);
    }
}
