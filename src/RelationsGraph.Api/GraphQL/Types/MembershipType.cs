using GraphQL.Types;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Api.GraphQL.Types;

internal sealed class MembershipType : ObjectGraphType<MemberNode>
{
    public MembershipType()
    {
        Name = "Membership";
        Description = "A province's membership of a mechanism; from and to are null where the sources do not say.";
        Field<NonNullGraphType<MechanismType>>("mechanism").ResolveSource(source => source.Mechanism);
        Field<NonNullGraphType<ProvinceType>>("province").ResolveSource(source => source.Unit);
        Field<DateType>("from").ResolveSource(source => source.From);
        Field<DateType>("to").ResolveSource(source => source.To);
    }
}
