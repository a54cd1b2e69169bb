namespace RelationsGraph.Facts;

/// <summary>A source document; its id is derived from the SHA-256 of its content.</summary>
public sealed record SourceDocument
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public string? Publisher { get; init; }

    public string? Url { get; init; }

    public DateOnly? PublishedOn { get; init; }

    /// <summary>BCP 47 language tag of the text, e.g. vi or en.</summary>
    public required string Language { get; init; }

    /// <summary><c>sha256:</c> followed by the hex digest of the document's bytes.</summary>
    public required string ContentHash { get; init; }

    /// <summary>The file name the document was read from, for finding its text.</summary>
    public string? File { get; init; }
}
