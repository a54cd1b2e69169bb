using RelationsGraph.Facts;

namespace RelationsGraph.Snapshots;

/// <summary>An instrument in the snapshot with its parties, links, commitments, people, evidence and conflicts.</summary>
public sealed class InstrumentNode
{
    // Most instruments have parties and evidence but no links, commitments, people or conflicts: the other lists
    // are created on first use, which keeps a world-scale snapshot small and quick to build.
    internal readonly List<PartyNode> PartyList = new(2);
    internal readonly List<EvidenceNode> EvidenceList = new(1);
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

    public IReadOnlyList<PartyNode> Parties => PartyList;

    /// <summary>Links where this instrument implements, replaces or renews another.</summary>
    public IReadOnlyList<InstrumentLinkNode> Links => _linksOut ?? [];

    /// <summary>Links where another instrument implements, replaces or renews this one.</summary>
    public IReadOnlyList<InstrumentLinkNode> LinkedFrom => _linksIn ?? [];

    public IReadOnlyList<CommitmentNode> Commitments => _commitments ?? [];

    public IReadOnlyList<PersonRoleNode> People => _people ?? [];

    public IReadOnlyList<EvidenceNode> Evidence => EvidenceList;

    public IReadOnlyList<Conflict> Conflicts => _conflicts ?? [];

    /// <summary>Every sourced value of the signing date, including disagreeing ones.</summary>
    public IReadOnlyList<Claim> SignedOnClaims => _signedOnClaims ?? [];

    public IReadOnlyList<CooperationField> Fields => _fields;

    /// <summary>When the instrument was in force as far as its sources date it; null when they do not.</summary>
    public DateRange? InForce { get; internal set; }

    public bool IsInForceOn(DateOnly date) => InForce is { } range && range.Contains(date);

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
