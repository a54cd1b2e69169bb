using GraphQL.Types;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Api.GraphQL.Types;

internal sealed class PersonRoleType : ObjectGraphType<PersonRoleNode>
{
    public PersonRoleType()
    {
        Name = "PersonRole";
        Description = "A named person who signed or attended, with the title they held then.";
        Field<NonNullGraphType<StringGraphType>>("name").ResolveSource(source => source.Person.Name);
        Field<NonNullGraphType<PersonRoleKindType>>("role").ResolveSource(source => source.Role.Role);
        Field<StringGraphType>("title").ResolveSource(source => source.Role.Title);
        Field<ProvinceType>("province").Description("The unit the person acted for.").ResolveSource(source => source.Unit);
    }
}
