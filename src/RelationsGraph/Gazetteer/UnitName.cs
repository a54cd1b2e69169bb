namespace RelationsGraph.Gazetteer;

/// <summary>A name variant in real use for a unit, with the language or script it is written in (BCP 47).</summary>
public sealed record UnitName(string UnitId, string Name, string Language)
{
    /// <summary>Where the name comes from: <c>cldr</c>, <c>iso-codes</c> or <c>hand</c> (docs/graph-seed.md).</summary>
    public string Source { get; init; } = GazetteerSources.Hand;
}
