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
        Field<NonNullGraphType<StringGraphType>>("title").Description("The document's title.").Resolve(context => context.Source.Title);
        Field<StringGraphType>("publisher").Description("Who published the document, when it says.").Resolve(context => context.Source.Publisher);
        Field<DateType>("publishedOn").Description("When the document was published, when it says.").Resolve(context => context.Source.PublishedOn);
        Field<StringGraphType>("url").Description("The document's own address, when known.").Resolve(context => context.Source.Url);
        Field<NonNullGraphType<StringGraphType>>("language").Description("BCP 47 language tag of the document.").Resolve(context => context.Source.Language);
        Field<StringGraphType>("quote").Description("The quoted span as clean text: PDF line breaks and hyphenation joined, spaces made single.").Resolve(context => context.Source.Quote);
        Field<NonNullGraphType<StringGraphType>>("link")
            .Description("The API's page for the document, opened at the passage with the span highlighted (/documents/{id}#ev-{start}-{end}; relative to the API's address).")
            .Resolve(context => DocumentLinks.Passage(context.Source.DocumentId, context.Source.Start, context.Source.End));
        Field<NonNullGraphType<StringGraphType>>("text").Description("The citation in one line: “quote” — title, publisher, date, URL (the parts known).").Resolve(context => context.Source.Text);
    }
}
