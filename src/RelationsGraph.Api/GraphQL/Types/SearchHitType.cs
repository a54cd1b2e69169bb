using GraphQL.Types;
using RelationsGraph.Search;

namespace RelationsGraph.Api.GraphQL.Types;

internal sealed class SearchHitType : ObjectGraphType<SearchHit>
{
    public SearchHitType()
    {
        Name = "SearchHit";
        Description = "One match of a full-text search: what matched, and the fact it leads to.";
        Field<NonNullGraphType<SearchFieldType>>("field").Description("Where the words were found.").Resolve(context => context.Source.Field);
        Field<NonNullGraphType<StringGraphType>>("text").Description("The text that matched (a quote as clean text).").Resolve(context => context.Source.Text);
        Field<InstrumentType>("instrument").Description("The instrument the match leads to (the one a commitment is made under, for a commitment's evidence).").Resolve(context => context.Source.Instrument);
        Field<SessionType>("session").Resolve(context => context.Source.Session);
        Field<CommitmentType>("commitment").Resolve(context => context.Source.Commitment);
        Field<MechanismType>("mechanism").Resolve(context => context.Source.Mechanism);
        Field<EvidenceType>("evidence").Description("For a match in a quote: the evidence, with its citation.").Resolve(context => context.Source.Evidence);
        Field<PersonRoleType>("person").Description("For a match in a name: the person and the part they took.").Resolve(context => context.Source.Person);
    }
}
