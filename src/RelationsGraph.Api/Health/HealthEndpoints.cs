using System.Text.Json;
using System.Text.Json.Serialization;
using RelationsGraph.Api.Snapshots;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Api.Health;

internal static partial class HealthEndpoints
{
    // What Results.Json wrote for { status = "alive" }, written without serializing it again.
    private static readonly byte[] Alive = "{\"status\":\"alive\"}"u8.ToArray();

    /// <summary>
    /// GET /health: the snapshot being served (source, where it is read from, version, age, size) and the latest
    /// check of its source. "ok" when the source answered its latest check; "degraded" when it did not and the last
    /// good snapshot is still served, with the error (for graph-seed, every error located by file, line and column);
    /// 503 "starting" (with Retry-After) before the first snapshot.
    /// GET /health/live: liveness, 200 as soon as the server listens, whatever the graph's state.
    /// GET /health/ready: readiness, 200 once the first snapshot is served, 503 "starting" with Retry-After before.
    /// </summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/health/live", (HttpContext context) => WriteJsonAsync(context, Alive));
        // The services are singletons, resolved here once: asking for them per request made ASP.NET Core create a
        // service scope for every probe, the most of what /health allocated (docs/benchmarks.md, branch tail-6).
        var services = endpoints.ServiceProvider;
        var holder = services.GetRequiredService<SnapshotHolder>();
        var health = services.GetRequiredService<SnapshotHealth>();
        var timeProvider = services.GetRequiredService<TimeProvider>();
        var answers = services.GetRequiredService<HealthAnswerCache>();
        var readiness = services.GetRequiredService<SnapshotReadiness>();
        endpoints.MapGet("/health/ready", (HttpContext context) => readiness.IsReady
            ? Results.Json(new { status = "ready", version = holder.Current.Info.Version }).ExecuteAsync(context)
            : Starting(context).ExecuteAsync(context));
        endpoints.MapGet("/health", (HttpContext context) =>
            holder.IsLoaded
                ? WriteJsonAsync(context, answers.Answer(holder.Current.Info, health.Last, health.Location, timeProvider.GetUtcNow()))
                : Starting(context).ExecuteAsync(context));
        return endpoints;
    }

    private static Task WriteJsonAsync(HttpContext context, byte[] body)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.ContentLength = body.Length;
        return context.Response.Body.WriteAsync(body, context.RequestAborted).AsTask();
    }

    private static IResult Starting(HttpContext context)
    {
        SnapshotReadiness.SetRetryAfter(context.Response);
        return Results.Json(new { status = "starting" }, statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    // The answer's shape, serialized by generated code rather than by reflection over anonymous types: the first
    // healthy /health is part of start-up. Same names (camelCase) and the same nulls as before.
    internal sealed record HealthAnswer(string Status, SnapshotAnswer Snapshot, CheckAnswer? LastCheck);

    internal sealed record SnapshotAnswer(
        string Source,
        string? Location,
        string Version,
        DateTimeOffset BuiltAt,
        double AgeSeconds,
        int Units,
        int Instruments,
        int Mechanisms,
        int Sessions,
        int Commitments,
        int Documents,
        int Evidence);

    internal sealed record CheckAnswer(DateTimeOffset At, double SecondsAgo, string? Error, IReadOnlyList<ErrorAnswer>? Errors);

    internal sealed record ErrorAnswer(string File, int? Line, int? Column, string? ColumnName, string Message);

    [JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
    [JsonSerializable(typeof(HealthAnswer))]
    internal sealed partial class HealthJson : JsonSerializerContext;
}
