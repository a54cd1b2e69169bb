using GraphQL.Types;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Api.GraphQL.Types;

internal sealed class PersonRoleType : ObjectGraphType<PersonRoleNode>
{
    public PersonRoleType()
    {
        Name = "PersonRole";
        Description = "A named person who signed or attended, with the title they held then.";
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(context => context.Source.Person.Name);
        Field<NonNullGraphType<PersonRoleKindType>>("role").Resolve(context => context.Source.Role.Role);
        Field<StringGraphType>("title").Resolve(context => context.Source.Role.Title);
        Field<ProvinceType>("province").Description("The unit the person acted for.").Resolve(context => context.Source.Unit);
    }
}
