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

    public MentionCluster(RelationMention first, FactKeys keys, FrozenDictionary<InstrumentKind, KindDescriptor> kinds)
    {
        _kinds = kinds;
        Kind = first.Kind;
        Level = first.Level;
        Mentions.Add(first);
        Keys = keys;
    }

    public InstrumentKind Kind { get; set; }

    public PartyLevel Level { get; set; }

    public List<RelationMention> Mentions { get; } = [];

    /// <summary>Mentions of the occasion (a visit, talks, unnamed cooperation) that this event absorbed.</summary>
    public List<RelationMention> Occasions { get; } = [];

    public FactKeys Keys { get; }

    public int FirstOrder => Mentions.Min(mention => mention.Order);

    public int LastOrder => Mentions.Max(mention => mention.Order);

    public IEnumerable<RelationMention> Stating => Mentions.Where(mention => !mention.EvidenceOnly);

    /// <summary>The party names of the event (each a set of candidate units).</summary>
    public HashSet<string> PartyKeys => [.. Stating.SelectMany(mention => mention.Parties).Select(party => party.Key)];

    /// <summary>The parties of the event, one per name.</summary>
    public IEnumerable<PartyRef> Parties => Stating.SelectMany(mention => mention.Parties).DistinctBy(party => party.Key);

    public KindDescriptor Descriptor => _kinds[Kind];

    public KindDescriptor DescriptorOf(InstrumentKind kind) => _kinds[kind];

    /// <summary>A visit, award or unnamed cooperation: the occasion of an instrument signed with it, if there is one.</summary>
    public bool IsWeak => Descriptor.IsOccasion || Stating.All(mention => mention.Anchor.Multilateral);

    /// <summary>Its statements name one side only (<see cref="RelationMention.Partial"/>).</summary>
    public bool IsPartial => Mentions.All(mention => mention.Partial);

    public bool IsBackground => Stating.All(mention => mention.Anchor.Background && !mention.InTitle);

    public bool IsPlanned => Stating.All(mention => mention.Anchor.Planned);

    /// <summary>The first date (a day, or a month) its own statements give.</summary>
    public DateMention? OwnDate => Stating.Select(mention => mention.Date).FirstOrDefault(date => date?.Month is not null);

    /// <summary>An instrument is not the one it replaces, renews or implements.</summary>
    public bool IsLinkedTo(MentionCluster other) =>
        Mentions.Any(mine => other.Mentions.Any(theirs =>
            mine.Anchor.Links.Any(link => link.Target == theirs.Anchor) || theirs.Anchor.Links.Any(link => link.Target == mine.Anchor)));

    public void Absorb(MentionCluster other)
    {
        Mentions.AddRange(other.Mentions);
        Occasions.AddRange(other.Occasions);
        Keys.UnionWith(other.Keys);
    }

    public void AbsorbOccasion(MentionCluster occasion)
    {
        Occasions.AddRange(occasion.Mentions);
        Occasions.AddRange(occasion.Occasions);
    }
}
