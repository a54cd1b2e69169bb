namespace RelationsGraph.Facts;

/// <summary>
/// How a fact is known: the best place a source states it. Ordered from the strongest to the weakest, so the best
/// of several is the smallest value.
/// </summary>
public enum SourceKind
{
    /// <summary>The instrument itself or an official text that states it (a province's plan, a decision).</summary>
    OfficialDocument,

    /// <summary>The body of a news article about the event.</summary>
    Article,

    /// <summary>A related-news item whose summary line states the fact (with its date or period, when given).</summary>
    RelatedSummary,

    /// <summary>Only the headline of a related-news item: the weakest source, a lead rather than a statement.</summary>
    RelatedHeadline,
}
