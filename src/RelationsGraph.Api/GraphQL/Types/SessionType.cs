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
        Field<NonNullGraphType<IdGraphType>>("id").ResolveSource(source => source.Session.Id);
        Field<NonNullGraphType<MechanismType>>("mechanism").ResolveSource(source => source.Mechanism);
        Field<IntGraphType>("ordinal").Description("e.g. 13 for the 13th conference.").ResolveSource(source => source.Session.Ordinal);
        Field<DateType>("heldOn").ResolveSource(source => source.Session.HeldOn);
        Field<ProvinceType>("host").ResolveSource(source => source.Host);
        Field<NonNullGraphType<SessionModeType>>("mode").ResolveSource(source => source.Session.Mode);
        Field<StringGraphType>("title").ResolveSource(source => source.Session.Title);
        Field<NonNullGraphType<SourceKindType>>("source").Description("How the session is known.").ResolveSource(source => source.Session.Source);
        Field<NonNullGraphType<FloatGraphType>>("confidence").Description("From 0 to 1: how sure the extraction or a reviewer is.").ResolveSource(source => source.Session.Confidence);
        Field<NonNullGraphType<BooleanGraphType>>("reviewed").Description("True once a person has checked the session; partnerships count reviewed sessions unless asked otherwise.").ResolveSource(source => source.Session.Reviewed);
        Field<StringGraphType>("reviewedBy").Description("Who accepted or corrected the session in the review app.").ResolveSource(source => source.Session.ReviewedBy);
        Field<StringGraphType>("reviewedAt").Description("When the reviewer's decision was written (ISO 8601, UTC).").ResolveSource(source => SeedFormat.Timestamp(source.Session.ReviewedAt));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PersonRoleType>>>>("people").ResolveSource(source => source.People);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceType>>>>("evidence").ResolveSource(source => source.Evidence);
    }
}
