using RelationsGraph.Snapshots;

namespace RelationsGraph.Search;

/// <summary>
/// One match of a full-text search: the field and text that matched, and the fact it leads to (an instrument, a
/// session, a commitment or a mechanism), with the evidence or the person's role when the match was one of those.
/// </summary>
public sealed record SearchHit(
    SearchField Field,
    string Text,
    InstrumentNode? Instrument,
    SessionNode? Session,
    CommitmentNode? Commitment,
    MechanismNode? Mechanism,
    EvidenceNode? Evidence,
    PersonRoleNode? Person,
    int Score);
