using RelationsGraph.Facts;

namespace RelationsGraph.Snapshots;

/// <summary>An instrument in the snapshot with its parties, links, commitments, people, evidence and conflicts.</summary>
public sealed class InstrumentNode
{
    internal readonly List<PartyNode> PartyList = [];
    internal readonly List<InstrumentLinkNode> LinksOut = [];
    internal readonly List<InstrumentLinkNode> LinksIn = [];
    internal readonly List<CommitmentNode> CommitmentList = [];
    internal readonly List<PersonRoleNode> PeopleList = [];
    internal readonly List<EvidenceNode> EvidenceList = [];
    internal readonly List<Conflict> ConflictList = [];
    internal readonly List<Claim> SignedOnClaimList = [];
    internal readonly List<Facts.CooperationField> FieldList = [];

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
    public IReadOnlyList<InstrumentLinkNode> Links => LinksOut;

    /// <summary>Links where another instrument implements, replaces or renews this one.</summary>
    public IReadOnlyList<InstrumentLinkNode> LinkedFrom => LinksIn;

    public IReadOnlyList<CommitmentNode> Commitments => CommitmentList;

    public IReadOnlyList<PersonRoleNode> People => PeopleList;

    public IReadOnlyList<EvidenceNode> Evidence => EvidenceList;

    public IReadOnlyList<Conflict> Conflicts => ConflictList;

    /// <summary>Every sourced value of the signing date, including disagreeing ones.</summary>
    public IReadOnlyList<Claim> SignedOnClaims => SignedOnClaimList;

    public IReadOnlyList<Facts.CooperationField> Fields => FieldList;

    /// <summary>When the instrument was in force as far as its sources date it; null when they do not.</summary>
    public DateRange? InForce { get; internal set; }

    public bool IsInForceOn(DateOnly date) => InForce is { } range && range.Contains(date);

    public override string ToString() => $"{Instrument.Title} ({Id})";
}

/// <summary>An IMPLEMENTS, REPLACES or RENEWS link between two instruments.</summary>
public sealed record InstrumentLinkNode(InstrumentNode From, LinkType Type, InstrumentNode To);
