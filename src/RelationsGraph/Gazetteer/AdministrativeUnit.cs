namespace RelationsGraph.Gazetteer;

/// <summary>
/// A gazetteer entry: a first-level unit (province, municipality, prefecture…) or, where documents name one, a district.
/// The id is the ISO 3166-2 code where one exists; docs/graph-seed.md gives the scheme for the others.
/// </summary>
public sealed record AdministrativeUnit
{
    public required string Id { get; init; }

    public required string CountryCode { get; init; }

    /// <summary>The ISO 3166-2 category in snake_case, or a <see cref="UnitType"/> constant.</summary>
    public required string Type { get; init; }

    /// <summary>English display name without diacritics.</summary>
    public required string Name { get; init; }

    /// <summary>Vietnamese name with diacritics.</summary>
    public string? NameVi { get; init; }

    /// <summary>The local name in Latin script (ISO 3166-2's), e.g. "Bayern", "Rostovskaya oblast'".</summary>
    public string? NameLocal { get; init; }

    /// <summary>Where the unit comes from: <c>cldr</c> (imported) or <c>hand</c>.</summary>
    public string Source { get; init; } = GazetteerSources.Hand;

    public string? ParentId { get; init; }

    public DateOnly? ValidFrom { get; init; }

    public DateOnly? ValidTo { get; init; }

    public bool IsValidOn(DateOnly date) =>
        (ValidFrom is null || ValidFrom <= date) && (ValidTo is null || date <= ValidTo);
}
