using RelationsGraph.Extraction.Identity;
using RelationsGraph.Extraction.Places;
using RelationsGraph.Facts;

namespace RelationsGraph.Extraction;

/// <summary>
/// Collects the facts of a batch of documents and merges the relations that are one fact, as the documents arrive, so
/// that memory follows the number of distinct facts rather than the number of documents. <see cref="FactIdentity"/>
/// decides which relations are one fact; relations that nothing identifies are gathered per parties, kind and level
/// and, when the batch is complete, join the fact <see cref="FactIdentity.FindMatch"/> gives (never one they replace,
/// renew or implement). Every merge step is commutative, so the result does not depend on the
/// order the documents were read in. A document is identified by its content: the same bytes under two names count once.
/// </summary>
public sealed class RelationSet
{
    private readonly Dictionary<string, ExtractedDocument> _documents = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Parties, InstrumentKind Kind, PartyLevel Level), Group> _groups = [];
    private readonly Lock _gate = new();

    public int DocumentCount
    {
        get
        {
            lock (_gate)
            {
                return _documents.Count;
            }
        }
    }

    /// <summary>Adds a document's facts (safe to call from several threads).</summary>
    public void Add(DocumentFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        lock (_gate)
        {
            if (_documents.TryGetValue(facts.Document.Id, out var known))
            {
                if (string.CompareOrdinal(facts.Document.FileName, known.FileName) < 0)
                {
                    _documents[facts.Document.Id] = facts.Document;
                }

                return;
            }

            _documents[facts.Document.Id] = facts.Document;
            foreach (var relation in facts.Relations)
            {
                Integrate(relation);
            }
        }
    }

    public MergedFacts Merge(PlaceNames names)
    {
        ArgumentNullException.ThrowIfNull(names);
        List<ExtractedRelation> merged = [];
        lock (_gate)
        {
            foreach (var group in _groups.Values)
            {
                merged.AddRange(group.Resolve());
            }
        }

        foreach (var relation in merged)
        {
            var links = relation.Links
                .Select(link => (link.Type, Target: link.Target.Canonical))
                .Where(link => link.Target != relation)
                .Distinct()
                .ToList();
            relation.Links.Clear();
            relation.Links.AddRange(links);
        }

        AssignIds(merged, names);
        List<ExtractedDocument> documents;
        lock (_gate)
        {
            documents = [.. _documents.Values.OrderBy(document => document.Id, StringComparer.Ordinal)];
        }

        return new MergedFacts(documents, [.. merged.OrderBy(relation => relation.Id, StringComparer.Ordinal)]);
    }

    private void Integrate(ExtractedRelation relation)
    {
        var key = (string.Join(',', relation.PartyIds), relation.Kind, relation.Level);
        if (!_groups.TryGetValue(key, out var group))
        {
            _groups[key] = group = new Group();
        }

        group.Add(relation);
    }

    private static void AssignIds(List<ExtractedRelation> relations, PlaceNames names)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var relation in relations
            .Select(relation => (Relation: relation, Id: RelationIds.For(relation, names)))
            .OrderBy(pair => pair.Id, StringComparer.Ordinal)
            .ThenBy(pair => pair.Relation.Evidence.Min)
            .Select(pair => pair.Relation))
        {
            var id = RelationIds.For(relation, names);
            var candidate = id;
            for (var suffix = 2; !used.Add(candidate); suffix++)
            {
                candidate = $"{id}-{suffix}";
            }

            relation.Id = candidate;
        }
    }

    /// <summary>The relations with the same parties, kind and level: identified facts, and the unidentified ones.</summary>
    private sealed class Group
    {
        private readonly List<Fact> _facts = [];

        // Facts with numbers can only be the same as facts sharing a number or facts without one: looked up, not
        // scanned, so that many numbered facts between the same parties merge in linear time.
        private readonly Dictionary<string, List<Fact>> _byNumber = new(StringComparer.Ordinal);
        private readonly List<Fact> _unnumbered = [];
        private ExtractedRelation? _unidentified;
        private long _arrivals;

        public void Add(ExtractedRelation relation)
        {
            var keys = FactKeys.Of(relation);
            if (!keys.IsIdentified)
            {
                if (_unidentified is null)
                {
                    _unidentified = relation;
                }
                else
                {
                    FactMerge.Into(_unidentified, relation);
                }

                return;
            }

            var fact = new Fact(relation, keys, _arrivals++);
            var candidates = keys.Numbers.Count == 0
                ? _facts
                : keys.Numbers.SelectMany(number => _byNumber.GetValueOrDefault(number) ?? []).Concat(_unnumbered).Distinct();
            var same = candidates.Where(known => FactIdentity.Compare(known.Keys, keys) == Sameness.Same).OrderBy(known => known.Arrival).ToList();
            if (same.Count == 0)
            {
                _facts.Add(fact);
                Index(fact);
                return;
            }

            // The new relation may prove two known facts to be one: all of them merge, whatever the order of arrival.
            var target = same[0];
            Unindex(target);
            target.Keys.UnionWith(keys);
            FactMerge.Into(target.Relation, relation);
            foreach (var other in same.Skip(1))
            {
                target.Keys.UnionWith(other.Keys);
                FactMerge.Into(target.Relation, other.Relation);
                _facts.Remove(other);
                Unindex(other);
            }

            Index(target);
        }

        public IEnumerable<ExtractedRelation> Resolve()
        {
            var relations = _facts.Select(fact => fact.Relation).ToList();
            if (_unidentified is { } unidentified)
            {
                // An instrument that replaces, renews or implements another is not the same fact as it.
                var candidates = _facts.Where(fact => !Linked(fact.Relation, unidentified)).ToList();
                var match = FactIdentity.FindMatch(FactKeys.Of(unidentified), [.. candidates.Select(fact => fact.Keys)], FactScope.Corpus);
                if (match is { } index)
                {
                    FactMerge.Into(candidates[index].Relation, unidentified);
                }
                else
                {
                    relations.Add(unidentified);
                }
            }

            return relations;
        }

        private static bool Linked(ExtractedRelation a, ExtractedRelation b) =>
            a.Links.Any(link => link.Target.Canonical == b.Canonical) || b.Links.Any(link => link.Target.Canonical == a.Canonical);

        private void Index(Fact fact)
        {
            if (fact.Keys.Numbers.Count == 0)
            {
                _unnumbered.Add(fact);
            }

            foreach (var number in fact.Keys.Numbers)
            {
                if (!_byNumber.TryGetValue(number, out var list))
                {
                    _byNumber[number] = list = [];
                }

                list.Add(fact);
            }
        }

        private void Unindex(Fact fact)
        {
            if (fact.Keys.Numbers.Count == 0)
            {
                _unnumbered.Remove(fact);
            }

            foreach (var number in fact.Keys.Numbers)
            {
                _byNumber[number].Remove(fact);
            }
        }
    }

    /// <summary>An identified fact of a group, its keys (every source's), and when it arrived: the earliest of several same facts absorbs the others.</summary>
    private sealed record Fact(ExtractedRelation Relation, FactKeys Keys, long Arrival);
}
