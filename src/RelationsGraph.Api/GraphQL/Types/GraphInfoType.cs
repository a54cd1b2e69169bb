using GraphQL.Types;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Api.GraphQL.Types;

internal sealed class GraphInfoType : ObjectGraphType<SnapshotInfo>
{
    public GraphInfoType()
    {
        Name = "GraphInfo";
        Description = "The snapshot that answered this request.";
        Field<NonNullGraphType<StringGraphType>>("source").Description("graph-seed or neo4j.").ResolveSource(source => source.Source);
        Field<NonNullGraphType<StringGraphType>>("version").ResolveSource(source => source.Version);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("builtAt").ResolveSource(source => source.BuiltAt);
        Field<NonNullGraphType<IntGraphType>>("units").ResolveSource(source => source.Units);
        Field<NonNullGraphType<IntGraphType>>("instruments").ResolveSource(source => source.Instruments);
        Field<NonNullGraphType<IntGraphType>>("mechanisms").ResolveSource(source => source.Mechanisms);
        Field<NonNullGraphType<IntGraphType>>("sessions").ResolveSource(source => source.Sessions);
        Field<NonNullGraphType<IntGraphType>>("commitments").ResolveSource(source => source.Commitments);
        Field<NonNullGraphType<IntGraphType>>("documents").ResolveSource(source => source.Documents);
    }
}
