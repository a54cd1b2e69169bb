using RelationsGraph.Api.Cors;
using RelationsGraph.Api.Documents;
using RelationsGraph.Api.Embed;
using RelationsGraph.Api.GraphQL;
using RelationsGraph.Api.Health;
using RelationsGraph.Api.Http;
using RelationsGraph.Api.Playground;
using RelationsGraph.Api.Snapshots;

// The slim builder, with back what this API's deployments can rely on: HTTPS endpoints from configuration and the
// event-source logger that dotnet-trace and dotnet-monitor read. Left out: QUIC (HTTP/3), regex route constraints (no
// route has one), the debugger-output logger and metrics configuration. Each cost start-up time.
var builder = WebApplication.CreateSlimBuilder(args);
builder.WebHost.UseKestrelHttpsConfiguration();
builder.Logging.AddEventSourceLogger();
builder.StartEarlySeedRead();             // the embedded default is read on another processor while the host is built
builder.Services.AddRelationSnapshot(builder.Configuration);
builder.Services.AddRelationsGraphQL(builder.Configuration);
builder.Services.AddCrossOriginPolicy(builder.Configuration);
builder.Services.AddEmbed();

var app = builder.Build();
app.UseCrossOriginPolicy();
app.MapPlayground();
app.MapEmbed();
app.MapDocumentPages();
app.MapGraphQLEndpoint();
app.MapHealth();
try
{
    await app.StartAsync();                 // listens at once: /health/live answers, the graph answers 503 until ready
    await app.WaitForFirstSnapshotAsync();  // an invalid or unreachable graph source at start-up ends the process
}
catch (Exception exception) when (exception is not OperationCanceledException)
{
    // Said once, without a stack trace: an invalid graph source has been logged with every located error already;
    // a bad setting or a busy port is told in a line. Exit with a failure code rather than crash.
    StartupFailure.Report(app.Logger, exception);
    await app.DisposeAsync();
    return 1;
}

await app.WaitForShutdownAsync();
await app.DisposeAsync();
return 0;

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
