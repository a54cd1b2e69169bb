namespace RelationsGraph.Gazetteer;

/// <summary>A country, keyed by its ISO 3166-1 alpha-2 code.</summary>
public sealed record Country(string Code, string Name, string? NameVi)
{
    /// <summary>ISO 3166-1 alpha-3 code.</summary>
    public string? Alpha3 { get; init; }
}
