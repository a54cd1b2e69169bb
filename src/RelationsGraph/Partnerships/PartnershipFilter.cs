using RelationsGraph.Facts;

namespace RelationsGraph.Partnerships;

/// <summary>
/// Which ties count towards a partnership. Without <see cref="AsOf"/> every concluded instrument and mechanism
/// counts (all time); with it only those in force that day, attributed to the units holding the territory then
/// (a partnership of Bac Giang in force after 2025-07-01 is the merged Bac Ninh's). <see cref="RollUpPredecessors"/>
/// attributes every tie of a merged unit to its latest successor, whatever the date.
/// </summary>
public sealed record PartnershipFilter
{
    public static readonly PartnershipFilter AllTime = new();

    public DateOnly? AsOf { get; init; }

    /// <summary>When set, a tie counts if any of its parties acts at one of these levels.</summary>
    public IReadOnlyCollection<PartyLevel>? Levels { get; init; }

    /// <summary>ISO 3166-1 alpha-2 code of the partners' country, or null for every country.</summary>
    public string? PartnerCountry { get; init; }

    public bool RollUpPredecessors { get; init; }
}
