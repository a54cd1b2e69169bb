using System.Collections.Frozen;
using RelationsGraph.Common;
using RelationsGraph.Gazetteer;

namespace RelationsGraph.Snapshots;

/// <summary>
/// Finds units by id or by any recorded name, ignoring case, spaces, hyphens and diacritics (đ = d). When a name fits
/// several units, <see cref="Resolve"/> applies the gazetteer's ambiguity rules (<see cref="PlaceRules"/>: the
/// country asked for, generic names, a capital and its namesake) and then prefers a unit valid on the given date,
/// a first-level unit over a district, a unit whose display name is the name asked for, Vietnam's, the lowest id.
/// </summary>
public sealed class UnitDirectory
{
    private readonly FrozenDictionary<string, UnitNode> _byId;
    private readonly FrozenDictionary<string, UnitNode[]> _byKey;

    internal UnitDirectory(IReadOnlyList<UnitNode> units, IReadOnlyList<CountryNode> countries)
    {
        _byId = units.ToFrozenDictionary(unit => unit.Id, StringComparer.OrdinalIgnoreCase);
        var byKey = new Dictionary<string, List<UnitNode>>(StringComparer.Ordinal);
        foreach (var unit in units)
        {
            foreach (var name in unit.Names)
            {
                var key = NameKey.Normalize(name);
                if (key.Length == 0)
                {
                    continue;
                }

                if (!byKey.TryGetValue(key, out var list))
                {
                    byKey[key] = list = [];
                }

                if (!list.Contains(unit))
                {
                    list.Add(unit);
                }
            }
        }

        _byKey = byKey.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal);
        Names = new GazetteerNames(
            countries.Select(country => country.Country),
            countries.SelectMany(country => country.Names),
            units.SelectMany(unit => unit.Names));
    }

    /// <summary>Country names and adjectives, generic names: what the ambiguity rules consult.</summary>
    public GazetteerNames Names { get; }

    /// <summary>The number of distinct name keys, for diagnostics.</summary>
    public int NameCount => _byKey.Count;

    /// <summary>Every name key with the units it names; the extractor builds its matcher from these.</summary>
    public IEnumerable<KeyValuePair<string, UnitNode[]>> Keys => _byKey;

    public UnitNode? FindById(string id) => _byId.GetValueOrDefault(id);

    /// <summary>Every unit that has this exact name (after normalisation) or id.</summary>
    public IReadOnlyList<UnitNode> FindAll(string idOrName)
    {
        if (_byId.TryGetValue(NameKey.NormalizeCode(idOrName), out var byId))
        {
            return [byId];
        }

        return _byKey.TryGetValue(NameKey.Normalize(idOrName), out var units) ? units : [];
    }

    /// <summary>
    /// The single best unit for an id or name on a date, in <paramref name="country"/> when one is given (see the
    /// class remarks); null when no unit has the name, or when the name is generic and no country is given.
    /// </summary>
    public UnitNode? Resolve(string idOrName, DateOnly date, string? country = null)
    {
        if (_byId.TryGetValue(NameKey.NormalizeCode(idOrName), out var byId))
        {
            return country is null || byId.Country.Code == country ? byId : null;
        }

        var key = NameKey.Normalize(idOrName);
        if (!_byKey.TryGetValue(key, out var candidates))
        {
            return null;
        }

        if (candidates.Length == 1 && country is null && !Names.IsGeneric(key))
        {
            return candidates[0];
        }

        var resolution = PlaceRules.Narrow(key, candidates, new PlaceQuery(country, AsksForUnit: true), Names);
        return resolution.Verdict == PlaceVerdict.Unit ? PlaceRules.Choose(resolution.Units, key, date) : null;
    }

    /// <summary>
    /// Up to three names of units close to a name no unit has ("Bac Gang": Bac Giang), first-level units only,
    /// each shown by its display name (with its country when the name is shared across countries).
    /// </summary>
    public IReadOnlyList<string> Suggest(string typed) =>
        Suggestions.Closest(typed, _byKey.SelectMany(pair => pair.Value.Where(unit => unit.IsFirstLevel).Select(unit => (pair.Key, unit.Name))));

    /// <summary>Units any of whose names contains the text (normalised), best matches first.</summary>
    public IEnumerable<UnitNode> Search(string text)
    {
        var key = NameKey.Normalize(text);
        if (key.Length == 0)
        {
            return [];
        }

        return _byKey
            .Where(pair => pair.Key.Contains(key, StringComparison.Ordinal))
            .SelectMany(pair => pair.Value.Select(unit => (Unit: unit, Exact: pair.Key == key, Prefix: pair.Key.StartsWith(key, StringComparison.Ordinal))))
            .GroupBy(match => match.Unit)
            .Select(group => (Unit: group.Key, Exact: group.Any(match => match.Exact), Prefix: group.Any(match => match.Prefix)))
            .OrderByDescending(match => match.Exact)
            .ThenByDescending(match => match.Prefix)
            .ThenBy(match => match.Unit.Name, StringComparer.Ordinal)
            .ThenBy(match => match.Unit.Id, StringComparer.Ordinal)
            .Select(match => match.Unit);
    }
}
