using GraphQL.Types;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Api.GraphQL.Types;

internal sealed class GraphInfoType : ObjectGraphType<SnapshotInfo>
{
    public GraphInfoType()
    {
        Name = "GraphInfo";
        Description = "The snapshot that answered this request.";
        Field<NonNullGraphType<StringGraphType>>("source").Description("graph-seed or neo4j.").Resolve(context => context.Source.Source);
        Field<NonNullGraphType<StringGraphType>>("version").Resolve(context => context.Source.Version);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("builtAt").Resolve(context => context.Source.BuiltAt);
        Field<NonNullGraphType<IntGraphType>>("units").Resolve(context => context.Source.Units);
        Field<NonNullGraphType<IntGraphType>>("instruments").Resolve(context => context.Source.Instruments);
        Field<NonNullGraphType<IntGraphType>>("mechanisms").Resolve(context => context.Source.Mechanisms);
        Field<NonNullGraphType<IntGraphType>>("sessions").Resolve(context => context.Source.Sessions);
        Field<NonNullGraphType<IntGraphType>>("commitments").Resolve(context => context.Source.Commitments);
        Field<NonNullGraphType<IntGraphType>>("documents").Resolve(context => context.Source.Documents);
    }
}
