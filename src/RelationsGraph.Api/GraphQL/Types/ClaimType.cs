using GraphQL.Types;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Api.GraphQL.Types;

internal sealed class ClaimType : ObjectGraphType<Claim>
{
    public ClaimType()
    {
        Name = "Claim";
        Description = "One value of an attribute as the sources give it, with the spans that give it.";
        Field<NonNullGraphType<StringGraphType>>("value").ResolveSource(source => source.Value);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceType>>>>("evidence").ResolveSource(source => source.Evidence);
    }
}
