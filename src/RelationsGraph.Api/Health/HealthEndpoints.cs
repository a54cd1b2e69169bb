using RelationsGraph.Api.Snapshots;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Api.Health;

internal static class HealthEndpoints
{
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
        endpoints.MapGet("/health/live", () => Results.Json(new { status = "alive" }));
        endpoints.MapGet("/health/ready", (HttpContext context, SnapshotReadiness readiness, SnapshotHolder holder) =>
        {
            if (!readiness.IsReady)
            {
                return Starting(context);
            }

            return Results.Json(new { status = "ready", version = holder.Current.Info.Version });
        });
        endpoints.MapGet("/health", (HttpContext context, SnapshotHolder holder, SnapshotHealth health, TimeProvider timeProvider) =>
        {
            if (!holder.IsLoaded)
            {
                return Starting(context);
            }

            var info = holder.Current.Info;
            var now = timeProvider.GetUtcNow();
            var check = health.Last;
            return Results.Json(new
            {
                status = check?.Error is null ? "ok" : "degraded",
                snapshot = new
                {
                    source = info.Source,
                    location = health.Location,
                    version = info.Version,
                    builtAt = info.BuiltAt,
                    ageSeconds = Math.Round((now - info.BuiltAt).TotalSeconds, 1),
                    units = info.Units,
                    instruments = info.Instruments,
                    mechanisms = info.Mechanisms,
                    sessions = info.Sessions,
                    commitments = info.Commitments,
                    documents = info.Documents,
                    evidence = info.Evidence,
                },
                lastCheck = check is null ? null : new
                {
                    at = check.At,
                    secondsAgo = Math.Round((now - check.At).TotalSeconds, 1),
                    error = check.Error,
                    errors = check.Errors.Count == 0 ? null : check.Errors.Take(50).Select(error => new
                    {
                        file = error.File,
                        line = error.Line,
                        column = error.Column,
                        columnName = error.ColumnName,
                        message = error.Message,
                    }),
                },
            });
        });
        return endpoints;
    }

    private static IResult Starting(HttpContext context)
    {
        SnapshotReadiness.SetRetryAfter(context.Response);
        return Results.Json(new { status = "starting" }, statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
