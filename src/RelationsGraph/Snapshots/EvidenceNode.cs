using RelationsGraph.Citations;
using RelationsGraph.Facts;

namespace RelationsGraph.Snapshots;

/// <summary>A span of a source document supporting a fact, with its quote cleaned once for citing.</summary>
public sealed class EvidenceNode(Evidence evidence, DocumentNode document)
{
    public Evidence Evidence { get; } = evidence;

    public DocumentNode Document { get; } = document;

    /// <summary>The quote as clean text: PDF line breaks and hyphenation joined (see <see cref="QuoteText"/>).</summary>
    public string? CleanQuote { get; } = evidence.Quote is { Length: > 0 } quote ? QuoteText.Clean(quote, document.Document.Language) : null;
}
