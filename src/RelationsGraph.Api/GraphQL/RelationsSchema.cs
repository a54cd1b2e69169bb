using GraphQL.Types;

namespace RelationsGraph.Api.GraphQL;

/// <summary>The public, read-only schema.</summary>
internal sealed class RelationsSchema : Schema
{
    public RelationsSchema(IServiceProvider services, QueryType query)
        : base(services)
    {
        Query = query;
        Description = "RelationsGraph: the foreign relations of Vietnam's provinces, every fact with its source.";
    }
}
