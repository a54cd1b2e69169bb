using RelationsGraph.Facts;

namespace RelationsGraph.Partnerships;

/// <summary>
/// Which ties count towards a partnership. <see cref="Policy"/> says what counts as a partnership at all (kinds,
/// confidence, review). Without <see cref="AsOf"/> every tie counts (all time); with it only those in force that day
/// (or disputed that day, marked so), attributed to the units holding the territory then (a partnership of Bac Giang
/// in force after 2025-07-01 is the merged Bac Ninh's). <see cref="Predecessors"/> says how merged units are treated.
/// </summary>
public sealed record PartnershipFilter
{
    public static readonly PartnershipFilter AllTime = new();

    public PartnershipPolicy Policy { get; init; } = PartnershipPolicy.Default;

    public DateOnly? AsOf { get; init; }

    /// <summary>When set, a tie counts if any of its parties acts at one of these levels.</summary>
    public IReadOnlyCollection<PartyLevel>? Levels { get; init; }

    /// <summary>ISO 3166-1 alpha-2 code of the partners' country, or null for every country.</summary>
    public string? PartnerCountry { get; init; }

    public PredecessorMode Predecessors { get; init; } = PredecessorMode.AsTheyWere;
}

/// <summary>How the partnerships of units merged away (Vietnam's 2025 merger) are attributed.</summary>
public enum PredecessorMode
{
    /// <summary>Each unit keeps its own partnerships (with an as-of date, the holder of the territory that day).</summary>
    AsTheyWere,

    /// <summary>The unit asked about also has its predecessors' partnerships, each marked with where it came from.</summary>
    Inherit,

    /// <summary>Every partnership of a merged unit, on either side, is attributed to its latest successor.</summary>
    RollUp,
}
