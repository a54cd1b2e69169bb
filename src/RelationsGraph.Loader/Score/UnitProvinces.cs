using System.Collections.Frozen;
using RelationsGraph.Gazetteer;
using RelationsGraph.Seed;

namespace RelationsGraph.Loader.Score;

/// <summary>
/// Counts every party as its province (a district as its parent), and turns a set of parties into the pairs that
/// scoring compares: each Vietnamese province with each foreign one.
/// </summary>
public sealed class UnitProvinces
{
    private readonly FrozenDictionary<string, AdministrativeUnit> _units;

    public UnitProvinces(GraphSeed seed)
    {
        ArgumentNullException.ThrowIfNull(seed);
        _units = seed.Units.ToFrozenDictionary(unit => unit.Id, StringComparer.Ordinal);
        Countries = seed.Units.Select(unit => unit.CountryCode).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The countries whose units the gazetteer lists.</summary>
    public FrozenSet<string> Countries { get; }

    public bool TryGetUnit(string id, out AdministrativeUnit unit) => _units.TryGetValue(id, out unit!);

    /// <summary>The first-level unit holding <paramref name="id"/>; an id unknown to the gazetteer stands for itself.</summary>
    public string ProvinceOf(string id)
    {
        while (_units.TryGetValue(id, out var unit) && unit.ParentId is { } parent)
        {
            id = parent;
        }

        return id;
    }

    /// <summary>The unit's country; for an id unknown to the gazetteer, its ISO 3166-2 prefix.</summary>
    public string CountryOf(string id) => _units.TryGetValue(id, out var unit) ? unit.CountryCode : id.Split('-')[0];

    public FrozenSet<UnitPair> PairsOf(IEnumerable<string> unitIds)
    {
        var provinces = unitIds.Select(ProvinceOf).Distinct(StringComparer.Ordinal).ToList();
        var vietnamese = provinces.Where(id => CountryOf(id) == "VN").ToList();
        var foreign = provinces.Where(id => CountryOf(id) != "VN").ToList();
        return vietnamese.SelectMany(vn => foreign.Select(other => new UnitPair(vn, other))).ToFrozenSet();
    }
}

/// <summary>A Vietnamese province and a foreign first-level unit that an event ties together.</summary>
public readonly record struct UnitPair(string Vietnamese, string Foreign)
{
    public static IEnumerable<UnitPair> Sorted(IEnumerable<UnitPair> pairs) =>
        pairs.OrderBy(pair => pair.Vietnamese, StringComparer.Ordinal).ThenBy(pair => pair.Foreign, StringComparer.Ordinal);

    public override string ToString() => $"{Vietnamese}+{Foreign}";
}
