namespace RelationsGraph.Snapshots;

/// <summary>
/// One fact that ties a first-level unit to a first-level unit of another country: an instrument both are party to
/// (directly or through a district or organisation), or a mechanism both are members of. <see cref="KindMask"/>,
/// <see cref="Confidence"/> and <see cref="ReviewedConfidence"/> are what the fact contributes under
/// <see cref="Partnerships.PartnershipPolicy"/>; <see cref="Active"/> is when every source agrees it held and
/// <see cref="Possible"/> when at least one does.
/// </summary>
/// <remarks>
/// A world-scale snapshot holds two ties per instrument, so a tie is kept small (48 bytes, was 72): the instrument or
/// mechanism in one reference, each range as two dates, an absent range written as an empty one (from after to), and
/// no subject: a tie is held in its subject's <see cref="UnitNode.Ties"/>, which is how every query reaches it.
/// </remarks>
internal readonly struct Tie
{
    private readonly object _fact;
    private readonly DateOnly _activeFrom;
    private readonly DateOnly _activeTo;
    private readonly DateOnly _possibleFrom;
    private readonly DateOnly _possibleTo;

    public Tie(
        UnitNode partner,
        InstrumentNode? instrument,
        MechanismNode? mechanism,
        int levelMask,
        int kindMask,
        float confidence,
        float reviewedConfidence,
        DateRange? active,
        DateRange? possible)
    {
        Partner = partner;
        _fact = (object?)instrument ?? mechanism ?? throw new ArgumentException("A tie needs an instrument or a mechanism.", nameof(instrument));
        LevelMask = levelMask;
        KindMask = kindMask;
        Confidence = confidence;
        ReviewedConfidence = reviewedConfidence;
        (_activeFrom, _activeTo) = active is { } a ? (a.From, a.To) : (DateOnly.MaxValue, DateOnly.MinValue);
        (_possibleFrom, _possibleTo) = possible is { } p ? (p.From, p.To) : (DateOnly.MaxValue, DateOnly.MinValue);
    }

    public UnitNode Partner { get; }

    public InstrumentNode? Instrument => _fact as InstrumentNode;

    public MechanismNode? Mechanism => _fact as MechanismNode;

    public int LevelMask { get; }

    public int KindMask { get; }

    public float Confidence { get; }

    public float ReviewedConfidence { get; }

    // A range is never empty (DateRange.Intersect gives null instead), so an empty one stands for none.
    public DateRange? Active => _activeFrom <= _activeTo ? new DateRange(_activeFrom, _activeTo) : null;

    public DateRange? Possible => _possibleFrom <= _possibleTo ? new DateRange(_possibleFrom, _possibleTo) : null;
}

/// <summary>The ties of one unit with partners of one country: <see cref="Length"/> ties from <see cref="Start"/> in its tie array.</summary>
internal readonly record struct TieRun(CountryNode Country, int Start, int Length);
