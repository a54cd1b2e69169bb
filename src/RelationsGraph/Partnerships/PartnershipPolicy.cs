using RelationsGraph.Facts;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Partnerships;

/// <summary>
/// What counts as a partnership: the one rule behind every partnership answer (GraphQL, Neo4j's PARTNERS_WITH, the
/// notebook's thresholds, the embed view).
/// <list type="bullet">
/// <item>Kinds: cooperation instruments (agreements, memoranda, minutes, joint statements, joint committee meetings
/// and cooperation stated without naming its instrument) and mechanism memberships (counted as
/// <see cref="InstrumentKind.JointCommittee"/>). A plan counts only through a concluded instrument it implements and
/// only when that instrument's kind counts. Visits, awards and other events are facts, but make a partnership only
/// when a caller lists their kinds (listing <see cref="InstrumentKind.Plan"/> lets a plan count by itself).</item>
/// <item>Planned instruments never count.</item>
/// <item>Confidence: a fact counts when its confidence is at least <see cref="MinConfidence"/>, by default
/// <see cref="DefaultMinConfidence"/>, which leaves out facts known only from a related-news headline. A plan counts
/// with the lower of its own confidence and that of the instrument it implements; a mechanism membership with the
/// best confidence of the mechanism's sessions.</item>
/// <item>Review: only reviewed facts count unless <see cref="IncludeUnreviewed"/> is set (a plan needs its
/// instrument reviewed too; a membership needs a reviewed session). A mechanism with no recorded session is a
/// curated fact and counts as reviewed, with confidence 1.</item>
/// </list>
/// </summary>
public sealed record PartnershipPolicy
{
    /// <summary>Keeps facts known only from a related-news headline (0.6 and below) out of default answers.</summary>
    public const double DefaultMinConfidence = 0.7;

    /// <summary>The kinds that make a partnership unless a caller names others.</summary>
    public static readonly IReadOnlyList<InstrumentKind> CooperationKinds =
    [
        InstrumentKind.Agreement, InstrumentKind.Mou, InstrumentKind.Minutes, InstrumentKind.JointStatement,
        InstrumentKind.CoordinationRules, InstrumentKind.JointCommittee, InstrumentKind.Other,
    ];

    // Declared before Default: static fields initialise in order, and Default's kind mask reads this one.
    private static readonly int CooperationMask = MaskOf(CooperationKinds);

    public static readonly PartnershipPolicy Default = new();

    /// <summary>No confidence threshold, unreviewed facts included: every partnership the kinds allow.</summary>
    public static readonly PartnershipPolicy Widest = new() { MinConfidence = 0, IncludeUnreviewed = true };

    private readonly int _kindMask = CooperationMask;
    private readonly IReadOnlyCollection<InstrumentKind>? _kinds;

    /// <summary>The kinds that count; null or empty for <see cref="CooperationKinds"/>.</summary>
    public IReadOnlyCollection<InstrumentKind>? Kinds
    {
        get => _kinds;
        init
        {
            _kinds = value;
            _kindMask = value is { Count: > 0 } kinds ? MaskOf(kinds) : CooperationMask;
        }
    }

    /// <summary>The lowest confidence (0 to 1) a fact needs to count.</summary>
    public double MinConfidence { get; init; } = DefaultMinConfidence;

    /// <summary>Also count facts nobody has reviewed yet.</summary>
    public bool IncludeUnreviewed { get; init; }

    public static int KindBit(InstrumentKind kind) => 1 << (int)kind;

    /// <summary>Whether a tie (precomputed by <see cref="Support(InstrumentNode)"/>) counts under this policy.</summary>
    /// <remarks>Ties keep their confidence as a float: the threshold is compared at the same precision.</remarks>
    internal bool Admits(in Tie tie) =>
        (tie.KindMask & _kindMask) != 0 && (IncludeUnreviewed ? tie.Confidence : tie.ReviewedConfidence) >= (float)MinConfidence;

    /// <summary>Whether an instrument counts towards a partnership between its parties under this policy.</summary>
    public bool Admits(InstrumentNode instrument)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        var support = Support(instrument);
        return support is { } s && (s.KindMask & _kindMask) != 0 && (IncludeUnreviewed ? s.Confidence : s.ReviewedConfidence) >= MinConfidence;
    }

    /// <summary>Whether a mechanism session is a fact this policy lets count.</summary>
    public bool Admits(SessionNode session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return (IncludeUnreviewed || session.Session.Reviewed) && session.Session.Confidence >= MinConfidence;
    }

    /// <summary>
    /// What an instrument can contribute to a partnership whatever the thresholds: the kinds it counts as, its
    /// confidence, and its confidence as a reviewed fact (<see cref="FactSupport.NotReviewed"/> when it is not one);
    /// null when it can never count (planned).
    /// </summary>
    public static FactSupport? Support(InstrumentNode instrument)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        return Support(instrument, depth: 0);
    }

    /// <summary>What a mechanism membership contributes: the best of its sessions, or a curated fact without any.</summary>
    public static FactSupport Support(MechanismNode mechanism)
    {
        ArgumentNullException.ThrowIfNull(mechanism);
        if (mechanism.Sessions.Count == 0)
        {
            return new FactSupport(KindBit(InstrumentKind.JointCommittee), 1, 1);
        }

        double confidence = FactSupport.NotReviewed, reviewed = FactSupport.NotReviewed;
        foreach (var session in mechanism.Sessions)
        {
            confidence = Math.Max(confidence, session.Session.Confidence);
            if (session.Session.Reviewed)
            {
                reviewed = Math.Max(reviewed, session.Session.Confidence);
            }
        }

        return new FactSupport(KindBit(InstrumentKind.JointCommittee), confidence, reviewed);
    }

    private static FactSupport? Support(InstrumentNode instrument, int depth)
    {
        var data = instrument.Instrument;
        if (data.Status == InstrumentStatus.Planned)
        {
            return null;
        }

        var own = new FactSupport(KindBit(data.Kind), data.Confidence, data.Reviewed ? data.Confidence : FactSupport.NotReviewed);
        if (data.Kind != InstrumentKind.Plan || depth > 8)
        {
            return own;
        }

        // A plan counts through what it implements: it takes on that instrument's kinds, and is no surer than it.
        var mask = own.KindMask;
        double confidence = FactSupport.NotReviewed, reviewed = FactSupport.NotReviewed;
        foreach (var link in instrument.Links)
        {
            if (link.Type != LinkType.Implements || Support(link.To, depth + 1) is not { } target)
            {
                continue;
            }

            mask |= target.KindMask & ~KindBit(InstrumentKind.Plan);
            confidence = Math.Max(confidence, target.Confidence);
            reviewed = Math.Max(reviewed, target.ReviewedConfidence);
        }

        if (mask == own.KindMask)
        {
            return own;
        }

        return new FactSupport(
            mask,
            Math.Min(own.Confidence, confidence),
            own.ReviewedConfidence < 0 || reviewed < 0 ? FactSupport.NotReviewed : Math.Min(own.ReviewedConfidence, reviewed));
    }

    private static int MaskOf(IEnumerable<InstrumentKind> kinds) => kinds.Aggregate(0, (mask, kind) => mask | KindBit(kind));
}

/// <summary>
/// What one fact contributes to a partnership: the kinds it counts as (bits of <see cref="InstrumentKind"/>), its
/// confidence, and its confidence as a reviewed fact (<see cref="NotReviewed"/> when nobody has reviewed it).
/// </summary>
public readonly record struct FactSupport(int KindMask, double Confidence, double ReviewedConfidence)
{
    public const double NotReviewed = -1;
}
