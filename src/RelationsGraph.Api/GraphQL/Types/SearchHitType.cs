using GraphQL.Types;
using RelationsGraph.Search;

namespace RelationsGraph.Api.GraphQL.Types;

internal sealed class SearchHitType : ObjectGraphType<SearchHit>
{
    public SearchHitType()
    {
        Name = "SearchHit";
        Description = "One match of a full-text search: what matched, and the fact it leads to.";
        Field<NonNullGraphType<SearchFieldType>>("field").Description("Where the words were found.").ResolveSource(source => source.Field);
        Field<NonNullGraphType<StringGraphType>>("text").Description("The text that matched (a quote as clean text).").ResolveSource(source => source.Text);
        Field<InstrumentType>("instrument").Description("The instrument the match leads to (the one a commitment is made under, for a commitment's evidence).").ResolveSource(source => source.Instrument);
        Field<SessionType>("session").ResolveSource(source => source.Session);
        Field<CommitmentType>("commitment").ResolveSource(source => source.Commitment);
        Field<MechanismType>("mechanism").ResolveSource(source => source.Mechanism);
        Field<EvidenceType>("evidence").Description("For a match in a quote: the evidence, with its citation.").ResolveSource(source => source.Evidence);
        Field<PersonRoleType>("person").Description("For a match in a name: the person and the part they took.").ResolveSource(source => source.Person);
    }
}
