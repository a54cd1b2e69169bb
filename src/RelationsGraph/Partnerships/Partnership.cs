using RelationsGraph.Facts;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Partnerships;

/// <summary>
/// PARTNERS_WITH between two first-level units of different countries, derived from the instruments and mechanisms
/// behind it that the <see cref="PartnershipPolicy"/> counts. <see cref="InheritedFrom"/> names the predecessors
/// whose ties were attributed to either side.
/// </summary>
public sealed record Partnership
{
    public required UnitNode Subject { get; init; }

    public required UnitNode Partner { get; init; }

    public required IReadOnlyList<InstrumentNode> Instruments { get; init; }

    public required IReadOnlyList<MechanismNode> Mechanisms { get; init; }

    /// <summary>The sessions of <see cref="Mechanisms"/> that the policy counts, in date order.</summary>
    public required IReadOnlyList<SessionNode> Sessions { get; init; }

    public required IReadOnlyList<PartyLevel> Levels { get; init; }

    public required IReadOnlyList<UnitNode> InheritedFrom { get; init; }

    /// <summary>The best confidence among the facts behind the partnership.</summary>
    public required double Confidence { get; init; }

    /// <summary>How the facts behind it are known, strongest first.</summary>
    public required IReadOnlyList<SourceKind> Sources { get; init; }

    /// <summary>True when every fact behind it has been reviewed.</summary>
    public required bool Reviewed { get; init; }

    /// <summary>With an as-of date: in force, or disputed when only a source another contradicts puts it in force.</summary>
    public InForceStatus? InForce { get; init; }
}
