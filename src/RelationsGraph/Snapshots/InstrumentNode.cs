using RelationsGraph.Facts;

namespace RelationsGraph.Snapshots;

/// <summary>An instrument in the snapshot with its parties, links, commitments, people, evidence and conflicts.</summary>
public sealed class InstrumentNode
{
    // Most instruments have parties and evidence but no links, commitments, people or conflicts: parties and
    // evidence are exact arrays (the builder reads each instrument's rows together), the other lists are created on
    // first use, which keeps a world-scale snapshot small and quick to build.
    internal PartyNode[] PartyArray = [];
    internal EvidenceNode[] EvidenceArray = [];
    private List<InstrumentLinkNode>? _linksOut;
    private List<InstrumentLinkNode>? _linksIn;
    private List<CommitmentNode>? _commitments;
    private List<PersonRoleNode>? _people;
    private List<Conflict>? _conflicts;
    private List<Claim>? _signedOnClaims;
    private CooperationField[] _fields = [];

    internal InstrumentNode(Instrument instrument, int index)
    {
        Instrument = instrument;
        Index = index;
    }

    public Instrument Instrument { get; }

    public int Index { get; }

    public string Id => Instrument.Id;

    public InstrumentKind Kind => Instrument.Kind;

    public IReadOnlyList<PartyNode> Parties => PartyArray;

    /// <summary>Links where this instrument implements, replaces or renews another.</summary>
    public IReadOnlyList<InstrumentLinkNode> Links => _linksOut ?? [];

    /// <summary>Links where another instrument implements, replaces or renews this one.</summary>
    public IReadOnlyList<InstrumentLinkNode> LinkedFrom => _linksIn ?? [];

    public IReadOnlyList<CommitmentNode> Commitments => _commitments ?? [];

    public IReadOnlyList<PersonRoleNode> People => _people ?? [];

    public IReadOnlyList<EvidenceNode> Evidence => EvidenceArray;

    public IReadOnlyList<Conflict> Conflicts => _conflicts ?? [];

    /// <summary>Every sourced value of the signing date, including disagreeing ones.</summary>
    public IReadOnlyList<Claim> SignedOnClaims => _signedOnClaims ?? [];

    public IReadOnlyList<CooperationField> Fields => _fields;

    /// <summary>
    /// When every source agrees the instrument was in force; null when they date it to no day. Where sources disagree
    /// on a date that bounds it, this is the part both readings share (see <see cref="PossiblyInForce"/>).
    /// </summary>
    public DateRange? InForce { get; internal set; }

    /// <summary>
    /// When the instrument was in force by at least one source's reading: wider than <see cref="InForce"/> only where
    /// sources disagree on its date (or on the date of an instrument that replaces it or that it implements).
    /// </summary>
    public DateRange? PossiblyInForce { get; internal set; }

    /// <summary>True when a disagreement between sources decides whether the instrument was in force on some days.</summary>
    public bool HasDisputedDays => PossiblyInForce is { } possible && possible != InForce;

    public bool IsInForceOn(DateOnly date) => InForce is { } range && range.Contains(date);

    public InForceStatus InForceOn(DateOnly date) =>
        PossiblyInForce is not { } possible ? InForceStatus.Undated
        : IsInForceOn(date) ? InForceStatus.InForce
        : possible.Contains(date) ? InForceStatus.Disputed
        : InForceStatus.NotInForce;

    /// <summary>The days on which whether the instrument was in force depends on which source is right.</summary>
    public IReadOnlyList<DateRange> DisputedDays()
    {
        if (PossiblyInForce is not { } possible || possible == InForce)
        {
            return [];
        }

        if (InForce is not { } certain)
        {
            return [possible];
        }

        var days = new List<DateRange>(2);
        if (possible.From < certain.From)
        {
            days.Add(new DateRange(possible.From, certain.From.AddDays(-1)));
        }

        if (possible.To > certain.To)
        {
            days.Add(new DateRange(certain.To.AddDays(1), possible.To));
        }

        return days;
    }

    public override string ToString() => $"{Instrument.Title} ({Id})";

    internal void AddLinkOut(InstrumentLinkNode link) => (_linksOut ??= []).Add(link);

    internal void AddLinkIn(InstrumentLinkNode link) => (_linksIn ??= []).Add(link);

    internal void AddCommitment(CommitmentNode commitment) => (_commitments ??= []).Add(commitment);

    internal void AddPerson(PersonRoleNode person) => (_people ??= []).Add(person);

    internal void AddConflict(Conflict conflict) => (_conflicts ??= []).Add(conflict);

    internal void AddSignedOnClaims(IEnumerable<Claim> claims) => (_signedOnClaims ??= []).AddRange(claims);

    internal void SetFields(CooperationField[] fields) => _fields = fields;
}

/// <summary>An IMPLEMENTS, REPLACES or RENEWS link between two instruments.</summary>
public sealed record InstrumentLinkNode(InstrumentNode From, LinkType Type, InstrumentNode To);
