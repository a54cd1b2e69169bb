using System.Globalization;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Citations;

/// <summary>
/// Everything needed to cite one piece of evidence: the document's title, publisher, publication date and URL where
/// known, and the quote as clean text. <see cref="Text"/> puts them together in one line.
/// </summary>
public sealed record Citation(
    string DocumentId,
    string Title,
    string? Publisher,
    DateOnly? PublishedOn,
    string? Url,
    string Language,
    string? Quote,
    int Start,
    int End)
{
    public static Citation Of(EvidenceNode evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var document = evidence.Document.Document;
        return new Citation(
            document.Id,
            document.Title,
            document.Publisher,
            document.PublishedOn,
            WebAddress(document.Url),
            document.Language,
            evidence.CleanQuote,
            evidence.Start,
            evidence.End);
    }

    /// <summary>Only an absolute http(s) address is one a reader can follow; anything else is left out of a citation.</summary>
    private static string? WebAddress(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) ? uri.AbsoluteUri : null;

    /// <summary>“Quote” — Title, Publisher, 2022-08-22, URL (the parts the sources give).</summary>
    public string Text
    {
        get
        {
            var parts = new List<string>(4) { Title };
            if (Publisher is not null)
            {
                parts.Add(Publisher);
            }

            if (PublishedOn is { } date)
            {
                parts.Add(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            if (Url is not null)
            {
                parts.Add(Url);
            }

            var source = string.Join(", ", parts);
            return Quote is null ? source : $"“{Quote}” — {source}";
        }
    }
}
