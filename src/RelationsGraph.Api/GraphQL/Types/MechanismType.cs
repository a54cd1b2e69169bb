using GraphQL.Types;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Api.GraphQL.Types;

internal sealed class MechanismType : ObjectGraphType<MechanismNode>
{
    public MechanismType()
    {
        Name = "Mechanism";
        Description = "A standing multilateral body, such as the Joint Working Committee of Vietnamese border provinces with Guangxi.";
        Field<NonNullGraphType<IdGraphType>>("id").ResolveSource(source => source.Id);
        Field<NonNullGraphType<StringGraphType>>("name").ResolveSource(source => source.Mechanism.Name);
        Field<StringGraphType>("nameVi").ResolveSource(source => source.Mechanism.NameVi);
        Field<DateType>("establishedOn").ResolveSource(source => source.Mechanism.EstablishedOn);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MembershipType>>>>("members").WithListSize(statistics => statistics.MembersPerMechanism).ResolveSource(source => source.Members);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SessionType>>>>("sessions").Description("Sessions in date order.").ResolveSource(source => source.Sessions);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceType>>>>("evidence").WithListSize(statistics => statistics.EvidencePerFact).ResolveSource(source => source.Evidence);
    }
}
