namespace RelationsGraph.Extraction.Documents;

/// <summary>
/// A document as the extractor sees it: its identity (the SHA-256 of its bytes), its text (the text evidence
/// offsets point into; docs/facts-json.md defines it for each format), the layout of that text, and what the format
/// itself declares (an HTML page's language and publication date, a DOCX title) or the caller declares for it (the
/// citation of a development-corpus article, given as an HTML page's meta tags would give it).
/// </summary>
public sealed record DocumentText
{
    /// <summary>The first 16 hex digits of <see cref="ContentHash"/>.</summary>
    public required string Id { get; init; }

    /// <summary><c>sha256:</c> and the 64 hex digits of the SHA-256 of the file's bytes.</summary>
    public required string ContentHash { get; init; }

    public required string FileName { get; init; }

    public required SourceFormat Format { get; init; }

    public required string Text { get; init; }

    public required DocumentLayout Layout { get; init; }

    public string? DeclaredTitle { get; init; }

    public string? DeclaredLanguage { get; init; }

    public DateOnly? DeclaredPublishedOn { get; init; }

    public string? DeclaredUrl { get; init; }

    public string? DeclaredPublisher { get; init; }
}
