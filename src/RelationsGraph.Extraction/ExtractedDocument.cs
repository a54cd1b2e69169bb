using RelationsGraph.Extraction.Documents;

namespace RelationsGraph.Extraction;

/// <summary>What the extractor knows of a document: its identity, title, language and publication date.</summary>
public sealed record ExtractedDocument
{
    public required string Id { get; init; }

    public required string ContentHash { get; init; }

    public required string FileName { get; init; }

    public required SourceFormat Format { get; init; }

    public required string Title { get; init; }

    /// <summary>vi or en.</summary>
    public required string Language { get; init; }

    public DateOnly? PublishedOn { get; init; }
}
