using RelationsGraph.Facts;

namespace RelationsGraph.Snapshots;

/// <summary>A pledge made under an instrument.</summary>
public sealed class CommitmentNode(Commitment commitment, InstrumentNode instrument, UnitNode? from, UnitNode? to)
{
    internal readonly List<EvidenceNode> EvidenceList = [];

    public Commitment Commitment { get; } = commitment;

    public InstrumentNode Instrument { get; } = instrument;

    public UnitNode? From { get; } = from;

    public UnitNode? To { get; } = to;

    public IReadOnlyList<EvidenceNode> Evidence => EvidenceList;
}
