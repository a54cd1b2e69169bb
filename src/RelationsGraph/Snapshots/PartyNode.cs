using RelationsGraph.Facts;

namespace RelationsGraph.Snapshots;

/// <summary>A unit's part in an instrument.</summary>
public sealed class PartyNode(Party party, InstrumentNode instrument, UnitNode unit)
{
    public Party Party { get; } = party;

    public InstrumentNode Instrument { get; } = instrument;

    public UnitNode Unit { get; } = unit;

    public PartyLevel Level => Party.Level;
}
