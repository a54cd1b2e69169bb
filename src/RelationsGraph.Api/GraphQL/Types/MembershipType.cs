using GraphQL.Types;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Api.GraphQL.Types;

internal sealed class MembershipType : ObjectGraphType<MemberNode>
{
    public MembershipType()
    {
        Name = "Membership";
        Description = "A province's membership of a mechanism; from and to are null where the sources do not say.";
        Field<NonNullGraphType<MechanismType>>("mechanism").Resolve(context => context.Source.Mechanism);
        Field<NonNullGraphType<ProvinceType>>("province").Resolve(context => context.Source.Unit);
        Field<DateType>("from").Resolve(context => context.Source.From);
        Field<DateType>("to").Resolve(context => context.Source.To);
    }
}
