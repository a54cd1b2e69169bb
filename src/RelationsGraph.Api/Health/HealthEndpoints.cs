using RelationsGraph.Api.Snapshots;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Api.Health;

internal static class HealthEndpoints
{
    /// <summary>
    /// GET /health: the snapshot being served (source, where it is read from, version, age, size) and the latest
    /// check of its source. "ok" when the source answered its latest check; "degraded" when it did not and the last
    /// good snapshot is still served, with the error (for graph-seed, every error located by file, line and column);
    /// 503 "starting" before the first snapshot.
    /// </summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/health", (SnapshotHolder holder, SnapshotHealth health, TimeProvider timeProvider) =>
        {
            if (!holder.IsLoaded)
            {
                return Results.Json(new { status = "starting" }, statusCode: StatusCodes.Status503ServiceUnavailable);
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
}
