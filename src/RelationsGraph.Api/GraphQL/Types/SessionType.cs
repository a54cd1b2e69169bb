using GraphQL.Types;
using RelationsGraph.Seed;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Api.GraphQL.Types;

internal sealed class SessionType : ObjectGraphType<SessionNode>
{
    public SessionType()
    {
        Name = "Session";
        Description = "A conference or meeting of a mechanism.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => context.Source.Session.Id);
        Field<NonNullGraphType<MechanismType>>("mechanism").Resolve(context => context.Source.Mechanism);
        Field<IntGraphType>("ordinal").Description("e.g. 13 for the 13th conference.").Resolve(context => context.Source.Session.Ordinal);
        Field<DateType>("heldOn").Resolve(context => context.Source.Session.HeldOn);
        Field<ProvinceType>("host").Resolve(context => context.Source.Host);
        Field<NonNullGraphType<SessionModeType>>("mode").Resolve(context => context.Source.Session.Mode);
        Field<StringGraphType>("title").Resolve(context => context.Source.Session.Title);
        Field<NonNullGraphType<SourceKindType>>("source").Description("How the session is known.").Resolve(context => context.Source.Session.Source);
        Field<NonNullGraphType<FloatGraphType>>("confidence").Description("From 0 to 1: how sure the extraction or a reviewer is.").Resolve(context => context.Source.Session.Confidence);
        Field<NonNullGraphType<BooleanGraphType>>("reviewed").Description("True once a person has checked the session; partnerships count reviewed sessions unless asked otherwise.").Resolve(context => context.Source.Session.Reviewed);
        Field<StringGraphType>("reviewedBy").Description("Who accepted or corrected the session in the review app.").Resolve(context => context.Source.Session.ReviewedBy);
        Field<StringGraphType>("reviewedAt").Description("When the reviewer's decision was written (ISO 8601, UTC).").Resolve(context => SeedFormat.Timestamp(context.Source.Session.ReviewedAt));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PersonRoleType>>>>("people").Resolve(context => context.Source.People);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceType>>>>("evidence").Resolve(context => context.Source.Evidence);
    }
}
