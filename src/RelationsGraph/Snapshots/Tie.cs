namespace RelationsGraph.Snapshots;

/// <summary>
/// One fact that ties a first-level unit to a first-level unit of another country: an instrument both are party to
/// (directly or through a district or organisation), or a mechanism both are members of.
/// </summary>
internal readonly record struct Tie(
    UnitNode Subject,
    UnitNode Partner,
    InstrumentNode? Instrument,
    MechanismNode? Mechanism,
    int LevelMask,
    DateRange? Active);
