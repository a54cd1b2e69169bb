using GraphQL.Types;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Api.GraphQL.Types;

internal sealed class ConflictType : ObjectGraphType<Conflict>
{
    public ConflictType()
    {
        Name = "Conflict";
        Description = "Sources that disagree about one attribute of an instrument; every value is kept with its evidence.";
        Field<NonNullGraphType<StringGraphType>>("field").Description("The attribute, e.g. signed_on or kind.").ResolveSource(source => source.Field);
        Field<NonNullGraphType<InstrumentType>>("instrument").ResolveContext((context, source) => context.Snapshot().InstrumentById[source.SubjectId]);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClaimType>>>>("claims").ResolveSource(source => source.Claims);
    }
}
