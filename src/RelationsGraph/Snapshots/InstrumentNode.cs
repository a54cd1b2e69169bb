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
    // The rest in one object made on first use: one reference per instrument instead of six.
    private Rarer? _rarer;
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
    public IReadOnlyList<InstrumentLinkNode> Links => _rarer?.LinksOut ?? [];

    /// <summary>Links where another instrument implements, replaces or renews this one.</summary>
    public IReadOnlyList<InstrumentLinkNode> LinkedFrom => _rarer?.LinksIn ?? [];

    public IReadOnlyList<CommitmentNode> Commitments => _rarer?.Commitments ?? [];

    public IReadOnlyList<PersonRoleNode> People => _rarer?.People ?? [];

    public IReadOnlyList<EvidenceNode> Evidence => EvidenceArray;

    public IReadOnlyList<Conflict> Conflicts => _rarer?.Conflicts ?? [];

    /// <summary>Every sourced value of the signing date, including disagreeing ones.</summary>
    public IReadOnlyList<Claim> SignedOnClaims => _rarer?.SignedOnClaims ?? [];

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

    internal void AddLinkOut(InstrumentLinkNode link) => ((_rarer ??= new()).LinksOut ??= []).Add(link);

    internal void AddLinkIn(InstrumentLinkNode link) => ((_rarer ??= new()).LinksIn ??= []).Add(link);

    internal void AddCommitment(CommitmentNode commitment) => ((_rarer ??= new()).Commitments ??= []).Add(commitment);

    internal void AddPerson(PersonRoleNode person) => ((_rarer ??= new()).People ??= []).Add(person);

    internal void AddConflict(Conflict conflict) => ((_rarer ??= new()).Conflicts ??= []).Add(conflict);

    internal void AddSignedOnClaims(IEnumerable<Claim> claims) => ((_rarer ??= new()).SignedOnClaims ??= []).AddRange(claims);

    internal void SetFields(CooperationField[] fields) => _fields = fields;

    /// <summary>What few instruments have: links, commitments, people, conflicts, disagreeing signing dates.</summary>
    private sealed class Rarer
    {
        public List<InstrumentLinkNode>? LinksOut;
        public List<InstrumentLinkNode>? LinksIn;
        public List<CommitmentNode>? Commitments;
        public List<PersonRoleNode>? People;
        public List<Conflict>? Conflicts;
        public List<Claim>? SignedOnClaims;
    }
}

/// <summary>An IMPLEMENTS, REPLACES or RENEWS link between two instruments.</summary>
public sealed record InstrumentLinkNode(InstrumentNode From, LinkType Type, InstrumentNode To);
