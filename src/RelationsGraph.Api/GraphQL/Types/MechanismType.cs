using GraphQL.Types;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Api.GraphQL.Types;

internal sealed class MechanismType : ObjectGraphType<MechanismNode>
{
    public MechanismType()
    {
        Name = "Mechanism";
        Description = "A standing multilateral body, such as the Joint Working Committee of Vietnamese border provinces with Guangxi.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => context.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(context => context.Source.Mechanism.Name);
        Field<StringGraphType>("nameVi").Resolve(context => context.Source.Mechanism.NameVi);
        Field<DateType>("establishedOn").Resolve(context => context.Source.Mechanism.EstablishedOn);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MembershipType>>>>("members").WithListSize(statistics => statistics.MembersPerMechanism).Resolve(context => context.Source.Members);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SessionType>>>>("sessions").Description("Sessions in date order.").Resolve(context => context.Source.Sessions);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceType>>>>("evidence").WithListSize(statistics => statistics.EvidencePerFact).Resolve(context => context.Source.Evidence);
    }
}
