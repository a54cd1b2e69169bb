namespace RelationsGraph.Snapshots;

/// <summary>
/// One fact that ties a first-level unit to a first-level unit of another country: an instrument both are party to
/// (directly or through a district or organisation), or a mechanism both are members of. <see cref="KindMask"/>,
/// <see cref="Confidence"/> and <see cref="ReviewedConfidence"/> are what the fact contributes under
/// <see cref="Partnerships.PartnershipPolicy"/>; <see cref="Active"/> is when every source agrees it held and
/// <see cref="Possible"/> when at least one does.
/// </summary>
internal readonly record struct Tie(
    UnitNode Subject,
    UnitNode Partner,
    InstrumentNode? Instrument,
    MechanismNode? Mechanism,
    int LevelMask,
    int KindMask,
    float Confidence,
    float ReviewedConfidence,
    DateRange? Active,
    DateRange? Possible);
