using RelationsGraph.Facts;

namespace RelationsGraph.Extraction;

/// <summary>A unit that is party to a relation, the level it acts at, how it takes part and the organisation acting for it.</summary>
public sealed record ExtractedParty
{
    public required string UnitId { get; init; }

    public required PartyLevel Level { get; init; }

    public PartyRole Role { get; init; } = PartyRole.Signatory;

    /// <summary>The organisation as the source writes it ("Công an tỉnh Bắc Giang", "huyện Mường Lát"), when it names one.</summary>
    public string? Organisation { get; init; }
}
