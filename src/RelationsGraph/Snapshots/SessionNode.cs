using RelationsGraph.Facts;

namespace RelationsGraph.Snapshots;

/// <summary>A session of a mechanism.</summary>
public sealed class SessionNode(Session session, MechanismNode mechanism, UnitNode? host)
{
    internal readonly List<EvidenceNode> EvidenceList = [];
    internal readonly List<PersonRoleNode> PeopleList = [];

    public Session Session { get; } = session;

    public MechanismNode Mechanism { get; } = mechanism;

    public UnitNode? Host { get; } = host;

    public IReadOnlyList<EvidenceNode> Evidence => EvidenceList;

    public IReadOnlyList<PersonRoleNode> People => PeopleList;
}
