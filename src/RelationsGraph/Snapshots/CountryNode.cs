using RelationsGraph.Gazetteer;

namespace RelationsGraph.Snapshots;

/// <summary>A country in the snapshot, with its first-level units (past and present).</summary>
public sealed class CountryNode(Country country)
{
    internal readonly List<UnitNode> UnitList = [];

    public Country Country { get; } = country;

    public string Code => Country.Code;

    public IReadOnlyList<UnitNode> Units => UnitList;
}
