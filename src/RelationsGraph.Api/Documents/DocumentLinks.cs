using System.Globalization;

namespace RelationsGraph.Api.Documents;

/// <summary>
/// Where the API shows a document, and the anchor of one quoted passage on that page. Links are relative to the
/// API's address (the same answer is valid whatever name the API is reached under).
/// </summary>
internal static class DocumentLinks
{
    public static string Page(string documentId) => "/documents/" + Uri.EscapeDataString(documentId);

    /// <summary>The page, opened at the passage: the browser scrolls to it and the page highlights it.</summary>
    public static string Passage(string documentId, int start, int end) => Page(documentId) + "#" + PassageAnchor(start, end);

    public static string PassageAnchor(int start, int end) => string.Create(CultureInfo.InvariantCulture, $"ev-{start}-{end}");
}
