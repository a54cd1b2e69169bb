namespace RelationsGraph.Facts;

/// <summary>A unit taking part in an instrument, the level it acts at and the organisation acting for it.</summary>
public sealed record Party
{
    public required string InstrumentId { get; init; }

    public required string UnitId { get; init; }

    public PartyLevel Level { get; init; } = PartyLevel.ProvincialGovernment;

    public PartyRole Role { get; init; } = PartyRole.Signatory;

    /// <summary>The organisation acting for the unit, in English, e.g. "Bac Giang Provincial Women's Union".</summary>
    public string? Organisation { get; init; }

    public string? OrganisationVi { get; init; }
}
