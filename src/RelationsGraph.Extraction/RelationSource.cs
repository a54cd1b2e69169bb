namespace RelationsGraph.Extraction;

/// <summary>Where in a document a relation was read; related-news headlines are weaker sources than the article.</summary>
public enum RelationSource
{
    Article,

    /// <summary>A link to another article inside the article body (written with it, so no newer than it).</summary>
    InlineRelated,

    /// <summary>A related-news or most-read list around the article.</summary>
    RelatedList,
}
