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

    /// <summary>The official number, written any way ("481/KH-UBND", "Số 481/KH-UBND").</summary>
    public string? Number { get; init; }

    /// <summary>Full-text search over titles, numbers, evidence quotes and people's names.</summary>
    public string? Search { get; init; }

    /// <summary>True for reviewed instruments only, false for unreviewed only, null for both.</summary>
    public bool? Reviewed { get; init; }

    public double? MinConfidence { get; init; }

    public InstrumentOrder Order { get; init; } = InstrumentOrder.Default;
}

/// <summary>How instruments are listed; <see cref="Default"/> is by relevance for a search and by date otherwise.</summary>
public enum InstrumentOrder
{
    Default,

    /// <summary>The first day in force (or the signing date when undated in force), then id.</summary>
    InForceFrom,

    SignedOn,

    Title,

    Confidence,

    /// <summary>The best match of the search first (falls back to <see cref="InForceFrom"/> without a search).</summary>
    Relevance,
}
