namespace RelationsGraph.Gazetteer;

/// <summary>
/// What kind of administrative unit a gazetteer entry is: the ISO 3166-2 subdivision category in snake_case
/// (<c>province</c>, <c>state</c>, <c>administrative_region</c> for a Russian oblast, <c>metropolitan_region</c>...),
/// or one of the project's own types below for the units the sources do not type.
/// </summary>
public static class UnitType
{
    public const string Province = "province";
    public const string Municipality = "municipality";
    public const string Capital = "capital";
    public const string District = "district";

    /// <summary>A city below the first level (a Japanese or Korean city, a Chinese prefecture-level city), under its first-level unit.</summary>
    public const string City = "city";

    /// <summary>A unit that is a city governed as a first-level unit: "thành phố X" names the unit itself.</summary>
    public static bool IsCity(string type) =>
        type == Capital || type.Contains("city", StringComparison.Ordinal) || type.Contains("municipal", StringComparison.Ordinal)
        || type.Contains("capital", StringComparison.Ordinal) || type is "metropolitan_administration" or "federal_district";

    /// <summary>Is this a valid type code: lower-case words joined by underscores.</summary>
    public static bool IsValidCode(string type) =>
        type.Length is > 0 and <= 64 && type.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '_') && type[0] != '_' && type[^1] != '_';
}
