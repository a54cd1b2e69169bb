namespace RelationsGraph.Gazetteer;

/// <summary>A SUCCEEDED_BY link: the predecessor ceased to exist and its territory passed to the successor.</summary>
public sealed record Succession(string PredecessorId, string SuccessorId, DateOnly EffectiveOn, string Basis)
{
    /// <summary>Where the link comes from: <c>cldr</c> (a subdivision alias) or <c>hand</c>.</summary>
    public string Source { get; init; } = GazetteerSources.Hand;
}
