using System.Collections.Frozen;
using RelationsGraph.Extraction.Identity;
using RelationsGraph.Extraction.Rules;
using RelationsGraph.Extraction.Text;
using RelationsGraph.Facts;

namespace RelationsGraph.Extraction.Relations;

/// <summary>
/// The statements of one event within a zone: the mentions that state it, and the mentions of the occasion it took
/// place at (a visit, talks or a ceremony during which it was signed), which add evidence, people, pledges and,
/// when the event's own statements give none, its date.
/// </summary>
internal sealed class MentionCluster
{
    private readonly FrozenDictionary<InstrumentKind, KindDescriptor> _kinds;

    // Kept as mentions arrive, so that grouping a zone of many statements stays linear: which anchors the mentions
    // are, which anchors they link to, and what the ordering and weak, partial and date tests read.
    private readonly List<RelationMention> _mentions = [];
    private readonly HashSet<Anchor> _anchors = [];
    private readonly HashSet<Anchor> _linkTargets = [];
    private int _notPartial;
    private int _statingNotMultilateral;
    private int _firstOrder = int.MaxValue;
    private int _lastOrder = int.MinValue;
    private DateMention? _ownDate;

    public MentionCluster(RelationMention first, FactKeys keys, FrozenDictionary<InstrumentKind, KindDescriptor> kinds)
    {
        _kinds = kinds;
        Kind = first.Kind;
        Level = first.Level;
        Add(first);
        Keys = keys;
    }

    public InstrumentKind Kind { get; set; }

    public PartyLevel Level { get; set; }

    public IReadOnlyList<RelationMention> Mentions => _mentions;

    /// <summary>Mentions of the occasion (a visit, talks, unnamed cooperation) that this event absorbed.</summary>
    public List<RelationMention> Occasions { get; } = [];

    public FactKeys Keys { get; }

    public int FirstOrder => _firstOrder;

    public int LastOrder => _lastOrder;

    public IEnumerable<RelationMention> Stating => Mentions.Where(mention => !mention.EvidenceOnly);

    /// <summary>The party names of the event (each a set of candidate units).</summary>
    public HashSet<string> PartyKeys => [.. Stating.SelectMany(mention => mention.Parties).Select(party => party.Key)];

    /// <summary>The parties of the event, one per name.</summary>
    public IEnumerable<PartyRef> Parties => Stating.SelectMany(mention => mention.Parties).DistinctBy(party => party.Key);

    public KindDescriptor Descriptor => _kinds[Kind];

    public KindDescriptor DescriptorOf(InstrumentKind kind) => _kinds[kind];

    /// <summary>A visit, award or unnamed cooperation: the occasion of an instrument signed with it, if there is one.</summary>
    public bool IsWeak => Descriptor.IsOccasion || _statingNotMultilateral == 0;

    /// <summary>Its statements name one side only (<see cref="RelationMention.Partial"/>).</summary>
    public bool IsPartial => _notPartial == 0;

    public bool IsBackground => Stating.All(mention => mention.Anchor.Background && !mention.InTitle);

    public bool IsPlanned => Stating.All(mention => mention.Anchor.Planned);

    /// <summary>Its statements count the instruments ("2 thỏa thuận"): several of one kind, none of them another word for another kind.</summary>
    public bool IsCounted => Stating.Any(mention => mention.Anchor.Counted);

    /// <summary>Some of its statements speak of it as still to come ("voiced support for cooperation between …").</summary>
    public bool IsPartlyPlanned => Stating.Any(mention => mention.Anchor.Planned);

    /// <summary>The first date (a day, or a month) its own statements give.</summary>
    public DateMention? OwnDate => _ownDate;

    /// <summary>An instrument is not the one it replaces, renews or implements.</summary>
    public bool IsLinkedTo(MentionCluster other) =>
        _linkTargets.Overlaps(other._anchors) || other._linkTargets.Overlaps(_anchors);

    /// <summary>Does one of its statements replace, renew or implement <paramref name="anchor"/>, or the reverse?</summary>
    public bool IsLinkedTo(Anchor anchor) =>
        _linkTargets.Contains(anchor) || anchor.Links.Any(link => _anchors.Contains(link.Target));

    /// <summary>Is <paramref name="anchor"/> the anchor of one of its statements?</summary>
    public bool States(Anchor anchor) => _anchors.Contains(anchor);

    public void Add(RelationMention mention)
    {
        _mentions.Add(mention);
        _anchors.Add(mention.Anchor);
        foreach (var (_, target) in mention.Anchor.Links)
        {
            _linkTargets.Add(target);
        }

        _notPartial += mention.Partial ? 0 : 1;
        _firstOrder = Math.Min(_firstOrder, mention.Order);
        _lastOrder = Math.Max(_lastOrder, mention.Order);
        if (!mention.EvidenceOnly)
        {
            _statingNotMultilateral += mention.Anchor.Multilateral ? 0 : 1;
            if (_ownDate is null && mention.Date?.Month is not null)
            {
                _ownDate = mention.Date;
            }
        }
    }

    public void Absorb(MentionCluster other)
    {
        foreach (var mention in other.Mentions)
        {
            Add(mention);
        }

        Occasions.AddRange(other.Occasions);
        Keys.UnionWith(other.Keys);
    }

    public void AbsorbOccasion(MentionCluster occasion)
    {
        Occasions.AddRange(occasion.Mentions);
        Occasions.AddRange(occasion.Occasions);
    }
}
