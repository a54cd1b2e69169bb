using RelationsGraph.Gazetteer;

namespace RelationsGraph.Snapshots;

/// <summary>A country in the snapshot, with its names and adjectives and its first-level units (past and present).</summary>
public sealed class CountryNode(Country country)
{
    internal readonly List<UnitNode> UnitList = [];
    internal readonly List<CountryName> NameList = [];

    public Country Country { get; } = country;

    /// <summary>Position in <see cref="RelationSnapshot.Countries"/> (ordered by code), for grouping by country.</summary>
    internal int Index { get; init; }

    public string Code => Country.Code;

    public IReadOnlyList<UnitNode> Units => UnitList;

    /// <summary>Other names and the adjectives in real use, with their language and source.</summary>
    public IReadOnlyList<CountryName> Names => NameList;
}
