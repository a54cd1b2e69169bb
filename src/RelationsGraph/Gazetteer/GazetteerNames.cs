using System.Collections.Frozen;

namespace RelationsGraph.Gazetteer;

/// <summary>
/// The name keys the ambiguity rules need, built once per gazetteer: every country's names and adjectives by key
/// (to recognise "Lào", "Laotian", "Pháp", "French" next to a unit name), the keys that are countries' names (not
/// adjectives), and the unit names made only of generic words.
/// </summary>
public sealed class GazetteerNames
{
    private readonly FrozenDictionary<string, string> _countryNames;
    private readonly FrozenSet<string> _genericKeys;

    public GazetteerNames(IEnumerable<Country> countries, IEnumerable<CountryName> countryNames, IEnumerable<string> unitNames)
    {
        ArgumentNullException.ThrowIfNull(countries);
        ArgumentNullException.ThrowIfNull(countryNames);
        ArgumentNullException.ThrowIfNull(unitNames);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var all = new Dictionary<string, string>(StringComparer.Ordinal);
        var countryList = countries.OrderBy(country => country.Code, StringComparer.Ordinal).ToList();
        var variants = countryNames.OrderBy(name => name.CountryCode, StringComparer.Ordinal).ThenBy(name => name.Name, StringComparer.Ordinal).ToList();

        // Display names first, so that a variant another country also uses never displaces them.
        foreach (var country in countryList)
        {
            Add(names, country.Name, country.Code);
            Add(names, country.NameVi, country.Code);
        }

        foreach (var name in variants.Where(name => name.Kind == CountryNameKind.Name))
        {
            Add(names, name.Name, name.CountryCode);
        }

        foreach (var pair in names)
        {
            all[pair.Key] = pair.Value;
        }

        foreach (var name in variants.Where(name => name.Kind == CountryNameKind.Adjective))
        {
            Add(all, name.Name, name.CountryCode);
        }

        _countryNames = names.ToFrozenDictionary(StringComparer.Ordinal);
        CountryKeys = all.ToFrozenDictionary(StringComparer.Ordinal);
        _genericKeys = unitNames.Where(PlaceRules.IsGenericName).Select(name => NameKey.Normalize(name)).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>Every country name and adjective by key, with the country's ISO 3166-1 alpha-2 code.</summary>
    public FrozenDictionary<string, string> CountryKeys { get; }

    /// <summary>The country whose name (not adjective) this key is, or null.</summary>
    public string? CountryNamed(string key) => _countryNames.GetValueOrDefault(key);

    /// <summary>Is this the key of a unit name made only of generic words?</summary>
    public bool IsGeneric(string key) => _genericKeys.Contains(key);

    private static void Add(Dictionary<string, string> keys, string? name, string code)
    {
        if (name is not null && NameKey.Normalize(name) is { Length: > 0 } key)
        {
            keys.TryAdd(key, code);
        }
    }
}
