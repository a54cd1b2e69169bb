using RelationsGraph.Facts;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Partnerships;

/// <summary>Criteria for listing instruments; every criterion left null matches everything.</summary>
public sealed record InstrumentFilter
{
    /// <summary>A unit that is party itself or through one of its districts.</summary>
    public UnitNode? Party { get; init; }

    /// <summary>ISO 3166-1 alpha-2 code of a country one of the parties belongs to.</summary>
    public string? Country { get; init; }

    /// <summary>With <see cref="Country"/> or <see cref="Party"/>: a country another party belongs to.</summary>
    public string? PartnerCountry { get; init; }

    public IReadOnlyCollection<InstrumentKind>? Kinds { get; init; }

    /// <summary>Field-of-cooperation codes; an instrument matches if it covers any of them.</summary>
    public IReadOnlyCollection<string>? Fields { get; init; }

    public IReadOnlyCollection<PartyLevel>? Levels { get; init; }

    public DateOnly? SignedFrom { get; init; }

    public DateOnly? SignedTo { get; init; }

    public DateOnly? ActiveOn { get; init; }

    public InstrumentStatus? Status { get; init; }

    public bool IncludeBackground { get; init; } = true;
}
