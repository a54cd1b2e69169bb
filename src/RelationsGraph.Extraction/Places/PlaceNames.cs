using System.Collections.Frozen;
using RelationsGraph.Gazetteer;
using RelationsGraph.Seed;
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
    private readonly FrozenDictionary<string, UnitNode[]> _units;
    private readonly FrozenSet<string> _prefixes;

    private PlaceNames(RelationSnapshot gazetteer)
    {
        Directory = gazetteer.Directory;
        _units = Directory.Keys.ToFrozenDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in _units.Keys)
        {
            for (var length = 1; length <= key.Length; length++)
            {
                prefixes.Add(key[..length]);
            }
        }

        _prefixes = prefixes.ToFrozenSet(StringComparer.Ordinal);
        Countries = gazetteer.Countries.ToFrozenDictionary(country => country.Code, country => country.Country, StringComparer.Ordinal);
        CountryKeys = CountryNameKeys(gazetteer.Countries.Select(country => country.Country));
    }

    public UnitDirectory Directory { get; }

    public FrozenDictionary<string, Country> Countries { get; }

    /// <summary>Country names and adjectives (Lào, Laos, Lao, CHDCND Lào, Nhật Bản, Japanese…) by key, with their ISO code.</summary>
    public FrozenDictionary<string, string> CountryKeys { get; }

    /// <summary>Builds the extractor's gazetteer from the gazetteer tables of a graph seed (the facts are ignored).</summary>
    public static PlaceNames Create(GraphSeed seed)
    {
        ArgumentNullException.ThrowIfNull(seed);
        var gazetteerOnly = new GraphSeed
        {
            Countries = seed.Countries,
            Units = seed.Units,
            UnitNames = seed.UnitNames,
            Successions = seed.Successions,
            Fields = seed.Fields,
            Origins = seed.Origins,
        };
        return new PlaceNames(SnapshotBuilder.Build(gazetteerOnly, "gazetteer", "extraction", DateTimeOffset.UnixEpoch));
    }

    public bool IsPrefix(ReadOnlySpan<char> key) => _prefixes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(key);

    public bool TryGetUnits(ReadOnlySpan<char> key, out UnitNode[] units) => _units.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out units!);

    private static FrozenDictionary<string, string> CountryNameKeys(IEnumerable<Country> countries)
    {
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var country in countries)
        {
            keys[NameKey.Normalize(country.Name)] = country.Code;
            if (country.NameVi is { } nameVi)
            {
                keys[NameKey.Normalize(nameVi)] = country.Code;
            }
        }

        (string Name, string Code)[] variants =
        [
            ("Lao", "LA"), ("Laotian", "LA"), ("Lao PDR", "LA"), ("CHDCND Lào", "LA"), ("Cộng hòa Dân chủ Nhân dân Lào", "LA"), ("nước bạn Lào", "LA"),
            ("Chinese", "CN"), ("PRC", "CN"), ("Trung Hoa", "CN"),
            ("Cambodian", "KH"), ("Cam-pu-chia", "KH"), ("Kingdom of Cambodia", "KH"), ("Vương quốc Campuchia", "KH"),
            ("Thai", "TH"), ("Vương quốc Thái Lan", "TH"),
            ("Japanese", "JP"), ("Nhật", "JP"),
            ("Korea", "KR"), ("Korean", "KR"), ("Republic of Korea", "KR"), ("Hàn", "KR"), ("Đại Hàn", "KR"),
            ("Vietnamese", "VN"), ("Viet Nam", "VN"),
        ];
        foreach (var (name, code) in variants)
        {
            keys.TryAdd(NameKey.Normalize(name), code);
        }

        return keys.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
