using RelationsGraph.Api.Html;
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
        endpoints.MapGet("/documents/{id}", (string id, SnapshotHolder holder) =>
        {
            var snapshot = holder.Current;
            return snapshot.DocumentById.TryGetValue(id, out var document)
                ? HtmlPage.Result(DocumentPage.Render(document, snapshot), DocumentPage.ContentSecurityPolicy, cacheControl: "public, max-age=300")
                : HtmlPage.Result(DocumentPage.RenderNotFound(id), DocumentPage.ContentSecurityPolicy, StatusCodes.Status404NotFound);
        });
        return endpoints;
    }
}
