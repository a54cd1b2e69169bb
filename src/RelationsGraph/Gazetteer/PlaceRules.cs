using System.Collections.Frozen;
using System.Reflection;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Gazetteer;

/// <summary>What a name means where it is written or asked for: one unit's name, a country's, a generic word, or a
/// name that several countries' units share with nothing to tell which.</summary>
public enum PlaceVerdict
{
    /// <summary>The name means one of <see cref="PlaceResolution.Units"/> (the pre-2025 and the merged Bac Ninh are told apart by date).</summary>
    Unit,

    /// <summary>The name is a country's too and nothing asks for the unit: "Georgia", "Luxembourg", "Mexico" alone are the countries.</summary>
    Country,

    /// <summary>A generic word ("Central", "Centre", "Nord", "Capital", "Tây Bắc") with no country named with it.</summary>
    Generic,

    /// <summary>Units of several foreign countries share the name and no country is named: Punjab, Limburg, Santa Cruz alone.</summary>
    Ambiguous,

    /// <summary>No unit has the name (in the country asked for).</summary>
    NotFound,
}

/// <summary>The type word written with a name: "tỉnh", "province", "state", "bang" or "thành phố", "city", or none.</summary>
public enum PlaceTypeHint
{
    None,
    Province,
    City,
    District,
}

/// <summary>What is known around a name: the country named nearby or asked for, the type word written with it, and
/// whether the caller asks for a unit (the API's <c>province(name:)</c>) rather than reading running text.</summary>
public readonly record struct PlaceQuery(string? Country = null, PlaceTypeHint Type = PlaceTypeHint.None, bool AsksForUnit = false);

/// <summary>The units a name can mean, narrowed by <see cref="PlaceRules.Narrow"/>, and the verdict.</summary>
public readonly record struct PlaceResolution(PlaceVerdict Verdict, UnitNode[] Units);

/// <summary>
/// The gazetteer's ambiguity rules, in one place: the API's look-up (<see cref="UnitDirectory.Resolve"/>) and the
/// extractor's place finder both call them. In order:
/// <list type="number">
/// <item>A country named nearby (or the <c>country</c> argument) keeps only that country's units: Punjab near
/// "Pakistan" is PK-PB, Limburg near "Bỉ" is BE-VLI.</item>
/// <item>A generic name (made only of the words in Rules/generic-words.txt: "Central", "Northern Province", "Centre",
/// "Nord", "Capital", "Tây Bắc") means a unit only when a country is named with it. In running text, a name that is
/// an everyday word (Rules/common-words.txt: Van, Mon, Unity, Delta) needs a type word or its country too.</item>
/// <item>In running text, a unit named like a country ("Georgia", "Luxembourg", "México") is the country, unless a
/// type word ("bang Georgia", "Luxembourg province") or another country named nearby ("Georgia (Mỹ)") asks for
/// the unit. Places that ISO lists both as a country and as a unit (Rules/same-place.txt: Hong Kong, Macao) are
/// the unit.</item>
/// <item>A first-level city that shares its name with a unit of its country (Vientiane Capital and Vientiane province,
/// Moscow and Moscow province, Minsk and Minsk region) is the city, unless a provincial type word ("tỉnh Viêng Chăn",
/// "Vientiane province", "tỉnh Moscow") asks for the other.</item>
/// <item>In running text, units of several foreign countries that remain (Punjab alone) are ambiguous: not a party.
/// A name shared with a Vietnamese unit (Hà Nam, also Henan's Vietnamese name) keeps every candidate and
/// <see cref="Choose"/> prefers Vietnam's. The API, asked for a unit, chooses one (see <see cref="Choose"/>).</item>
/// </list>
/// </summary>
public static class PlaceRules
{
    private static readonly FrozenSet<string> GenericWords = ReadWords("generic-words.txt");

    private static readonly FrozenSet<string> CommonWords = ReadWords("common-words.txt");

    private static readonly FrozenDictionary<string, string> SamePlace = ReadWords("same-place.txt")
        .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        .ToFrozenDictionary(parts => parts[0].ToUpperInvariant(), parts => parts[1].ToUpperInvariant(), StringComparer.Ordinal);

    /// <summary>Is this name made only of generic words ("Northern Province", "Centre-Est", "Miền Trung")?</summary>
    public static bool IsGenericName(string name)
    {
        var any = false;
        foreach (var word in name.Split([' ', '-', '‐', '–', '/', ',', '.', '\'', '’', '(', ')'], StringSplitOptions.RemoveEmptyEntries))
        {
            var key = NameKey.Normalize(word);
            if (key.Length == 0)
            {
                continue;
            }

            if (!GenericWords.Contains(key))
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    /// <summary>Is this name one everyday word of Vietnamese or English news (Van, Mon, Unity, Delta)?</summary>
    public static bool IsCommonWordName(string name) => CommonWords.Contains(NameKey.Normalize(name));

    /// <summary>Is this unit a place ISO 3166 also lists as the given country (CN-HK and HK)?</summary>
    public static bool IsSamePlace(string unitId, string countryCode) =>
        SamePlace.TryGetValue(unitId, out var country) && country == countryCode;

    /// <summary>Narrows the units a name fits (<paramref name="candidates"/>, all sharing <paramref name="key"/>) by the rules above.</summary>
    /// <param name="key">The name's <see cref="NameKey"/>.</param>
    /// <param name="candidates">Every unit with that name.</param>
    /// <param name="query">The country and type word around the name.</param>
    /// <param name="names">Which keys are generic and which are countries' names.</param>
    public static PlaceResolution Narrow(string key, IReadOnlyList<UnitNode> candidates, PlaceQuery query, GazetteerNames names)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(names);
        // An array (the extractor's candidates) is copied as a span: through the interface, the copy's casts and calls
        // cost more than the copy itself.
        var units = candidates is UnitNode[] array ? array.AsSpan().ToArray() : [.. candidates];
        if (units.Length == 0)
        {
            return new(PlaceVerdict.NotFound, []);
        }

        var countryGiven = false;
        if (query.Country is { } country)
        {
            var inCountry = units.Where(unit => unit.Country.Code == country).ToArray();
            if (inCountry.Length > 0)
            {
                units = inCountry;
                countryGiven = true;
            }
            else if (query.AsksForUnit)
            {
                return new(PlaceVerdict.NotFound, []);
            }
        }

        if (!countryGiven && names.IsGeneric(key))
        {
            return new(PlaceVerdict.Generic, units);
        }

        if (!query.AsksForUnit && !countryGiven && query.Type == PlaceTypeHint.None && CommonWords.Contains(key))
        {
            return new(PlaceVerdict.Generic, units);
        }

        if (!query.AsksForUnit && !countryGiven && query.Type == PlaceTypeHint.None
            && names.CountryNamed(key) is { } named && !units.Any(unit => IsSamePlace(unit.Id, named)))
        {
            return new(PlaceVerdict.Country, units);
        }

        units = CapitalOrNamesake(units, query.Type);

        if (!query.AsksForUnit && units.Select(unit => unit.Country.Code).Distinct(StringComparer.Ordinal).Skip(1).Any()
            && !units.Any(unit => unit.Country.Code == "VN"))
        {
            return new(PlaceVerdict.Ambiguous, units);
        }

        return new(PlaceVerdict.Unit, units);
    }

    /// <summary>
    /// The one unit to answer with: one valid on the date, a first-level unit (a district when one is meant), one
    /// whose display name is the name asked for, Vietnam's when countries share the name, then the lowest id.
    /// </summary>
    public static UnitNode Choose(IReadOnlyList<UnitNode> units, string key, DateOnly date, bool district = false)
    {
        ArgumentOutOfRangeException.ThrowIfZero(units.Count);
        if (units.Count == 1)
        {
            return units[0];
        }

        return units
            .OrderByDescending(unit => unit.IsValidOn(date))
            .ThenByDescending(unit => district ? !unit.IsFirstLevel : unit.IsFirstLevel)
            .ThenByDescending(unit => NameKey.Normalize(unit.Name) == key)
            .ThenByDescending(unit => unit.Country.Code == "VN")
            .ThenBy(unit => unit.Id, StringComparer.Ordinal)
            .First();
    }

    private static UnitNode[] CapitalOrNamesake(UnitNode[] units, PlaceTypeHint type)
    {
        if (units.Length < 2 || type == PlaceTypeHint.District)
        {
            return units;
        }

        var cities = units.Where(IsFirstLevelCity).ToArray();
        if (cities.Length == 0 || cities.Length == units.Length || cities.Any(city => units.Any(unit => unit.Country != city.Country)))
        {
            return units;
        }

        return type == PlaceTypeHint.Province ? [.. units.Except(cities)] : cities;
    }

    /// <summary>A first-level unit governed as a city: a capital (Vientiane Capital), Moscow, Minsk, Kyiv.</summary>
    public static bool IsFirstLevelCity(UnitNode unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return unit.IsFirstLevel && UnitType.IsCity(unit.Unit.Type);
    }

    private static FrozenSet<string> ReadWords(string file)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("RelationsGraph.Gazetteer.Rules." + file)
            ?? throw new InvalidOperationException($"The embedded rules file {file} is missing.");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && trimmed[0] != '#')
            {
                words.Add(file == "same-place.txt" ? trimmed : NameKey.Normalize(trimmed));
            }
        }

        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}
