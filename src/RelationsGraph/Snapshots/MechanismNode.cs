using RelationsGraph.Facts;

namespace RelationsGraph.Snapshots;

/// <summary>A multilateral mechanism with its members and sessions.</summary>
public sealed class MechanismNode(Mechanism mechanism, int index)
{
    internal readonly List<MemberNode> MemberList = [];
    internal readonly List<SessionNode> SessionList = [];
    internal readonly List<EvidenceNode> EvidenceList = [];

    public Mechanism Mechanism { get; } = mechanism;

    public int Index { get; } = index;

    public string Id => Mechanism.Id;

    public IReadOnlyList<MemberNode> Members => MemberList;

    public IReadOnlyList<SessionNode> Sessions => SessionList;

    public IReadOnlyList<EvidenceNode> Evidence => EvidenceList;

    /// <summary>The span in which the mechanism is known to work: from its founding or first sourced session onwards.</summary>
    public DateRange? Active { get; internal set; }
}

/// <summary>A unit's membership of a mechanism.</summary>
public sealed record MemberNode(MechanismNode Mechanism, UnitNode Unit, DateOnly? From, DateOnly? To);
