using System.Collections.Frozen;
using RelationsGraph.Gazetteer;
using RelationsGraph.Seed;
using RelationsGraph.Extraction.Text;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Extraction.Places;

/// <summary>
/// The gazetteer as the extractor uses it: every recorded name of every unit as a <see cref="NameKey"/>, the keys'
/// prefixes (so that a name running over several words is followed word by word), the units' directory for
/// resolving a name on a date, and the names of countries, whose mention next to an ambiguous name tells which
/// country's unit is meant.
/// </summary>
public sealed class PlaceNames
{
    private static readonly (string Word, string Short)[] SaintWords = [("Sainte", "Ste"), ("Saint", "St"), ("Sankt", "St")];
    private readonly FrozenDictionary<string, UnitNode[]> _units;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _prefixes;

    private PlaceNames(RelationSnapshot gazetteer)
    {
        Directory = gazetteer.Directory;
        var units = Directory.Keys.ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
        AddAbbreviatedSaints(units);
        _units = units.ToFrozenDictionary(StringComparer.Ordinal);
        // A plain hash set: freezing the hundred thousand prefixes of the world's names cost more at start-up than
        // its faster look-ups win back over a batch.
        var prefixes = new HashSet<string>(_units.Count * 8, StringComparer.Ordinal);
        var lookup = prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var key in _units.Keys)
        {
            // Longest first: a prefix already in the set came with all of its own prefixes, so the first one found
            // ends the walk (each look-up hashes the prefix: shortest first, a key cost the square of its length).
            for (var length = key.Length; length >= 1 && !lookup.Contains(key.AsSpan(0, length)); length--)
            {
                prefixes.Add(key[..length]);
            }
        }

        _prefixes = lookup;
        Countries = gazetteer.Countries.ToFrozenDictionary(country => country.Code, country => country.Country, StringComparer.Ordinal);
        CountryKeys = Directory.Names.CountryKeys;
    }

    public UnitDirectory Directory { get; }

    public FrozenDictionary<string, Country> Countries { get; }

    /// <summary>
    /// Country names and adjectives (Lào, Laos, Lao, CHDCND Lào, Nhật Bản, Japanese, Pháp, French…) by key, with their
    /// ISO code: countries.csv and country-names.csv of the graph seed.
    /// </summary>
    public FrozenDictionary<string, string> CountryKeys { get; }

    /// <summary>Builds the extractor's gazetteer from the gazetteer tables of a graph seed (the facts are ignored).</summary>
    public static PlaceNames Create(GraphSeed seed)
    {
        ArgumentNullException.ThrowIfNull(seed);
        var gazetteerOnly = new GraphSeed
        {
            Countries = seed.Countries,
            CountryNames = seed.CountryNames,
            Units = seed.Units,
            UnitNames = seed.UnitNames,
            Successions = seed.Successions,
            Fields = seed.Fields,
            Origins = seed.Origins,
        };
        return new PlaceNames(SnapshotBuilder.Build(gazetteerOnly, "gazetteer", "extraction", DateTimeOffset.UnixEpoch));
    }

    public bool IsPrefix(ReadOnlySpan<char> key) => _prefixes.Contains(key);

    /// <summary>
    /// Articles write a saint's name in a place name short: "St. Petersburg", "St Gallen", "Ste-Foy". Each recorded name
    /// with the word Saint, Sainte or Sankt also gets the key of its short form, naming the same units, unless the
    /// gazetteer already gives that key to a unit of its own.
    /// </summary>
    private static void AddAbbreviatedSaints(Dictionary<string, UnitNode[]> units)
    {
        var abbreviated = new Dictionary<string, List<UnitNode>>(StringComparer.Ordinal);
        // Each unit once, in the order of its first key: the order the short keys' units are listed in.
        var seen = new HashSet<UnitNode>(ReferenceEqualityComparer.Instance);
        foreach (var found in units.Values)
        {
            foreach (var unit in found)
            {
                if (seen.Add(unit))
                {
                    AddAbbreviatedNames(unit, units, abbreviated);
                }
            }
        }

        foreach (var (key, list) in abbreviated)
        {
            units[key] = [.. list];
        }
    }

    private static void AddAbbreviatedNames(UnitNode unit, Dictionary<string, UnitNode[]> units, Dictionary<string, List<UnitNode>> abbreviated)
    {
        foreach (var name in unit.Names)
        {
            var shortName = AbbreviateSaints(name);
            if (shortName == name)
            {
                continue;
            }

            var key = NameKey.Normalize(shortName);
            if (key.Length == 0 || units.ContainsKey(key))
            {
                continue;
            }

            if (!abbreviated.TryGetValue(key, out var list))
            {
                abbreviated[key] = list = [];
            }

            if (!list.Contains(unit))
            {
                list.Add(unit);
            }
        }
    }

    /// <summary>The name with every whole word Saint, Sainte or Sankt (between spaces or hyphens) in its short form.</summary>
    private static string AbbreviateSaints(string name)
    {
        var result = name;
        foreach (var (word, shortWord) in SaintWords)
        {
            var from = 0;
            while ((from = result.IndexOf(word, from, StringComparison.Ordinal)) >= 0)
            {
                var end = from + word.Length;
                var startsWord = from == 0 || result[from - 1] is ' ' or '-';
                var endsWord = end == result.Length || result[end] is ' ' or '-';
                if (startsWord && endsWord)
                {
                    result = string.Concat(result.AsSpan(0, from), shortWord, result.AsSpan(end));
                    from += shortWord.Length;
                }
                else
                {
                    from = end;
                }
            }
        }

        return result;
    }

    public bool TryGetUnits(ReadOnlySpan<char> key, out UnitNode[] units) => _units.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out units!);

    /// <summary>Whether <paramref name="key"/> begins a name, and the units of the name it is, if it is one.</summary>
    internal (bool IsPrefix, UnitNode[]? Units) Find(ReadOnlySpan<char> key) =>
        _prefixes.Contains(key) ? (true, TryGetUnits(key, out var units) ? units : null) : (false, null);

    /// <summary>
    /// <see cref="Find"/> for a word's <see cref="TextToken.NameKey"/>, answered once per word and thread and kept
    /// with the tokenizer's cache entry (<see cref="WordKeys.KnownPlace"/>).
    /// </summary>
    internal (bool IsPrefix, UnitNode[]? Units) StartOf(WordKeys word)
    {
        if (word.KnownPlace is not Start known || known.Names != this)
        {
            var (isPrefix, units) = Find(word.NameKey);
            known = new Start(this, isPrefix, units);
            word.KnownPlace = known;
        }

        return (known.IsPrefix, known.Units);
    }

    private sealed record Start(PlaceNames Names, bool IsPrefix, UnitNode[]? Units);
}
