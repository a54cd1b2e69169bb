using RelationsGraph.Extraction.Documents;

namespace RelationsGraph.Extraction.Relations;

/// <summary>
/// A part of a document read as one source: the article (title and body), or one related-news item (headline and
/// summary). <see cref="ReferenceDate"/> dates a day and month without a year: the article's publication date; for
/// an item inside the article body, the article's publication date as the latest it can be; none for a list item.
/// <see cref="FallbackDate"/>, the date of the zone's dated events, resolves the names of its undated statements.
/// <see cref="SpeaksOfMerger"/>: the document mentions a merger of units ("after the merger", "sau sáp nhập") or names a
/// unit that a succession ended as former ("tỉnh Bình Định (cũ)");
/// <see cref="LatestYear"/>: the latest year it writes as a year of its own ("in 2026", "năm 2024"; not a range's,
/// a deadline's or a vision's);
/// <see cref="CitiesNamedWithFormerRegion"/>: the foreign cities the document names in one sentence with the former
/// region they lay in, by their ids ("Lyon and the Rhône-Alpes region": FR-ARA-LYON and FR-V).
/// </summary>
internal sealed record Zone(RelationSource Source, TextSpan? Title, IReadOnlyList<TextSpan> Body, DateOnly? ReferenceDate)
{
    public DateOnly? FallbackDate { get; init; }

    public bool SpeaksOfMerger { get; init; }

    public int? LatestYear { get; init; }

    public IReadOnlySet<(string City, string Former)> CitiesNamedWithFormerRegion { get; init; } = new HashSet<(string City, string Former)>();
}
