using System.Collections.Immutable;

namespace RelationsGraph.Extraction.Documents;

/// <summary>
/// Where a document's parts are in its text: the header (site furniture and date stamps above the title), the title,
/// the article body (one span per line or paragraph) and the related-news items. Menus, counters and image
/// descriptions belong to none of them. <see cref="Wrapped"/> text (a PDF or a converted print document) breaks
/// sentences across lines.
/// </summary>
public sealed record DocumentLayout
{
    public ImmutableArray<TextSpan> Header { get; init; } = [];

    public TextSpan? Title { get; init; }

    public ImmutableArray<TextSpan> Body { get; init; } = [];

    public ImmutableArray<RelatedItem> Related { get; init; } = [];

    public bool Wrapped { get; init; }
}
