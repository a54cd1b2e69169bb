using GraphQL.Types;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Api.GraphQL.Types;

internal sealed class PartyType : ObjectGraphType<PartyNode>
{
    public PartyType()
    {
        Name = "Party";
        Description = "A province (or district) taking part in an instrument, the level it acts at and the organisation acting for it.";
        Field<NonNullGraphType<ProvinceType>>("province").ResolveSource(source => source.Unit);
        Field<NonNullGraphType<PartyLevelType>>("level").ResolveSource(source => source.Level);
        Field<NonNullGraphType<PartyRoleType>>("role").ResolveSource(source => source.Role);
        Field<StringGraphType>("organisation").Description("English name of the organisation acting for the unit.").ResolveSource(source => source.Organisation);
        Field<StringGraphType>("organisationVi").ResolveSource(source => source.OrganisationVi);
    }
}
