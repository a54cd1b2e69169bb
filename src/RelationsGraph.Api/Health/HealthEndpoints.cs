using RelationsGraph.Snapshots;

namespace RelationsGraph.Api.Health;

internal static class HealthEndpoints
{
    /// <summary>GET /health: whether a snapshot is served, and its source, version, age and size.</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/health", (SnapshotHolder holder, TimeProvider timeProvider) =>
        {
            if (!holder.IsLoaded)
            {
                return Results.Json(new { status = "starting" }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }

            var info = holder.Current.Info;
            return Results.Json(new
            {
                status = "ok",
                snapshot = new
                {
                    source = info.Source,
                    version = info.Version,
                    builtAt = info.BuiltAt,
                    ageSeconds = Math.Round((timeProvider.GetUtcNow() - info.BuiltAt).TotalSeconds, 1),
                    units = info.Units,
                    instruments = info.Instruments,
                    mechanisms = info.Mechanisms,
                    sessions = info.Sessions,
                    commitments = info.Commitments,
                    documents = info.Documents,
                    evidence = info.Evidence,
                },
            });
        });
        return endpoints;
    }
}
