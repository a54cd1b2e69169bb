using RelationsGraph.Api.GraphQL;
using RelationsGraph.Api.Health;
using RelationsGraph.Api.Http;
using RelationsGraph.Api.Playground;
using RelationsGraph.Api.Snapshots;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddRelationSnapshot(builder.Configuration);
builder.Services.AddRelationsGraphQL(builder.Configuration);

var app = builder.Build();
app.MapPlayground();
app.MapGraphQLEndpoint();
app.MapHealth();
app.Run();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
