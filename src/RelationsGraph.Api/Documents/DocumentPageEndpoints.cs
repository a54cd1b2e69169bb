using RelationsGraph.Api.Html;
using RelationsGraph.Api.Snapshots;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Api.Documents;

internal static class DocumentPageEndpoints
{
    /// <summary>
    /// GET /documents/{id}: a readable, citable page for a source document, where the embed view links when a
    /// document has no URL of its own.
    /// </summary>
    public static IEndpointRouteBuilder MapDocumentPages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/documents/{id}", (string id, HttpContext context, SnapshotReadiness readiness, SnapshotHolder holder) =>
        {
            if (!readiness.IsReady)
            {
                SnapshotReadiness.SetRetryAfter(context.Response);
                return Results.Text("The graph is still being loaded; try again in a few seconds.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status503ServiceUnavailable);
            }

            var snapshot = holder.Current;
            return snapshot.DocumentById.TryGetValue(id, out var document)
                ? HtmlPage.Result(DocumentPage.Render(document, snapshot), DocumentPage.ContentSecurityPolicy, cacheControl: "public, max-age=300")
                : HtmlPage.Result(DocumentPage.RenderNotFound(id), DocumentPage.ContentSecurityPolicy, StatusCodes.Status404NotFound);
        });
        return endpoints;
    }
}
