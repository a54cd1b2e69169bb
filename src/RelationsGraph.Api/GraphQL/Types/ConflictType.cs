using GraphQL.Types;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Api.GraphQL.Types;

internal sealed class ConflictType : ObjectGraphType<Conflict>
{
    public ConflictType()
    {
        Name = "Conflict";
        Description = "Sources that disagree about one attribute of an instrument; every value is kept with its evidence.";
        Field<NonNullGraphType<StringGraphType>>("field").Description("The attribute, e.g. signed_on or kind.").Resolve(context => context.Source.Field);
        Field<NonNullGraphType<InstrumentType>>("instrument").Resolve(context => context.Snapshot().InstrumentById[context.Source.SubjectId]);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClaimType>>>>("claims").Resolve(context => context.Source.Claims);
    }
}
