namespace RelationsGraph.Gazetteer;

/// <summary>
/// Another name of a country in real use ("Lao PDR", "Mỹ") or an adjective texts use for it ("Laotian", "French"),
/// with its language (BCP 47) and the source that gives it (docs/graph-seed.md).
/// </summary>
public sealed record CountryName(string CountryCode, string Name, string Language, CountryNameKind Kind, string Source);

/// <summary>Whether a country name is a name or an adjective.</summary>
public enum CountryNameKind
{
    Name,
    Adjective,
}
