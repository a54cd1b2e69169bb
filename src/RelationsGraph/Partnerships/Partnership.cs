using RelationsGraph.Facts;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Partnerships;

/// <summary>
/// PARTNERS_WITH between two first-level units of different countries, derived from the instruments and mechanisms
/// behind it. <see cref="InheritedFrom"/> names the predecessors whose ties were attributed to either side.
/// </summary>
public sealed record Partnership
{
    public required UnitNode Subject { get; init; }

    public required UnitNode Partner { get; init; }

    public required IReadOnlyList<InstrumentNode> Instruments { get; init; }

    public required IReadOnlyList<MechanismNode> Mechanisms { get; init; }

    public required IReadOnlyList<PartyLevel> Levels { get; init; }

    public required IReadOnlyList<UnitNode> InheritedFrom { get; init; }

    public IEnumerable<SessionNode> Sessions => Mechanisms.SelectMany(mechanism => mechanism.Sessions);
}
