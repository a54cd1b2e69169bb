namespace RelationsGraph.Extraction.Documents;

/// <summary>
/// A headline of another article that a page links to, with the summary shown under it when there is one. It is
/// read as a separate, low-confidence source. <see cref="Inline"/> items sit inside the article body, where the
/// author placed them when writing, so they are no newer than the article; the others come from page furniture
/// (related or most-read lists) that a site refreshes at any time.
/// </summary>
public sealed record RelatedItem(TextSpan Headline, TextSpan? Summary, bool Inline);
