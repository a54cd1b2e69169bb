using GraphQL.Types;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Api.GraphQL.Types;

internal sealed class PartyType : ObjectGraphType<PartyNode>
{
    public PartyType()
    {
        Name = "Party";
        Description = "A province (or district) taking part in an instrument, the level it acts at and the organisation acting for it.";
        Field<NonNullGraphType<ProvinceType>>("province").Resolve(context => context.Source.Unit);
        Field<NonNullGraphType<PartyLevelType>>("level").Resolve(context => context.Source.Level);
        Field<NonNullGraphType<PartyRoleType>>("role").Resolve(context => context.Source.Role);
        Field<StringGraphType>("organisation").Description("English name of the organisation acting for the unit.").Resolve(context => context.Source.Organisation);
        Field<StringGraphType>("organisationVi").Resolve(context => context.Source.OrganisationVi);
    }
}
