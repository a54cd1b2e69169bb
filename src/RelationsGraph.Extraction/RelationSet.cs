using System.Globalization;
using RelationsGraph.Extraction.Places;
using RelationsGraph.Facts;

namespace RelationsGraph.Extraction;

/// <summary>
/// Collects the facts of a batch of documents and merges the relations that are one fact, as the documents arrive, so
/// that memory follows the number of distinct facts rather than the number of documents. Relations are the same fact
/// when they have the same parties, kind and level and agree on what identifies them: the same number; or, without
/// numbers, the same period (sources may then disagree on the date, which is kept as a conflict) or the same date; or
/// the same session ordinal. Relations with none of these are gathered per parties, kind and level and, when the
/// batch is complete, join the only identified fact of that kind between the same parties, or the most recent one,
/// unless they replace, renew or implement it. Every merge step is commutative, so the result does not depend on the
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
            var fact = new Fact(relation);
            if (!fact.IsIdentified)
            {
                if (_unidentified is null)
                {
                    _unidentified = relation;
                }
                else
                {
                    Merging.Into(_unidentified, relation);
                }

                return;
            }

            fact.Arrival = _arrivals++;
            var candidates = fact.Numbers.Count == 0
                ? _facts
                : fact.Numbers.SelectMany(number => _byNumber.GetValueOrDefault(number) ?? []).Concat(_unnumbered).Distinct();
            var same = candidates.Where(known => known.IsSame(fact)).OrderBy(known => known.Arrival).ToList();
            if (same.Count == 0)
            {
                _facts.Add(fact);
                Index(fact);
                return;
            }

            // The new relation may prove two known facts to be one: all of them merge, whatever the order of arrival.
            var target = same[0];
            Unindex(target);
            target.Absorb(fact);
            foreach (var other in same.Skip(1))
            {
                target.Absorb(other);
                _facts.Remove(other);
                Unindex(other);
            }

            Index(target);
        }

        private void Index(Fact fact)
        {
            if (fact.Numbers.Count == 0)
            {
                _unnumbered.Add(fact);
            }

            foreach (var number in fact.Numbers)
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
            if (fact.Numbers.Count == 0)
            {
                _unnumbered.Remove(fact);
            }

            foreach (var number in fact.Numbers)
            {
                _byNumber[number].Remove(fact);
            }
        }

        public IEnumerable<ExtractedRelation> Resolve()
        {
            var relations = _facts.Select(fact => fact.Relation).ToList();
            if (_unidentified is { } unidentified)
            {
                var candidates = relations.Where(relation => !Linked(relation, unidentified)).ToList();
                var target = candidates.Count switch
                {
                    0 => null,
                    1 => candidates[0],
                    _ => candidates.OrderByDescending(Recency).ThenBy(relation => relation.Evidence.Min).First(),
                };
                if (target is null)
                {
                    relations.Add(unidentified);
                }
                else
                {
                    Merging.Into(target, unidentified);
                }
            }

            return relations;
        }

        /// <summary>An instrument that replaces, renews or implements another is not the same fact as it.</summary>
        private static bool Linked(ExtractedRelation a, ExtractedRelation b) =>
            a.Links.Any(link => link.Target.Canonical == b.Canonical) || b.Links.Any(link => link.Target.Canonical == a.Canonical);

        private static DateOnly Recency(ExtractedRelation relation) =>
            relation.Claims.Where(claim => claim.Field == ClaimFields.SignedOn)
                .Select(claim => DateOnly.ParseExact(claim.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture))
                .Append(relation.PeriodStart is { } start ? new DateOnly(start, 1, 1) : DateOnly.MinValue)
                .Max();
    }

    /// <summary>An identified fact: its relation and every number, period, date and ordinal its sources give.</summary>
    private sealed class Fact(ExtractedRelation relation)
    {
        private readonly HashSet<string> _numbers = relation.Number is { } number ? [number] : [];
        private readonly HashSet<(int, int?)> _periods = relation.PeriodStart is { } start ? [(start, relation.PeriodEnd)] : [];
        private readonly HashSet<string> _dates = [.. relation.Claims.Where(claim => claim.Field == ClaimFields.SignedOn).Select(claim => claim.Value)];
        private readonly HashSet<int> _ordinals = relation.Session?.Ordinal is { } ordinal ? [ordinal] : [];

        public ExtractedRelation Relation { get; } = relation;

        public IReadOnlySet<string> Numbers => _numbers;

        /// <summary>When the fact arrived in its group: the earliest of several same facts absorbs the others.</summary>
        public long Arrival { get; set; }

        public bool IsIdentified => _numbers.Count > 0 || _periods.Count > 0 || _dates.Count > 0 || _ordinals.Count > 0;

        public bool IsSame(Fact other)
        {
            if (_numbers.Count > 0 && other._numbers.Count > 0)
            {
                return _numbers.Overlaps(other._numbers);
            }

            if (_ordinals.Count > 0 && other._ordinals.Count > 0)
            {
                return _ordinals.Overlaps(other._ordinals);
            }

            var periods = _periods.Count > 0 && other._periods.Count > 0;
            if (periods && !_periods.Overlaps(other._periods))
            {
                return false;
            }

            var dates = _dates.Count > 0 && other._dates.Count > 0;
            var sharedDate = dates && _dates.Overlaps(other._dates);
            if (dates && !sharedDate && !periods)
            {
                return false;
            }

            return periods || sharedDate;
        }

        public void Absorb(Fact other)
        {
            _numbers.UnionWith(other._numbers);
            _periods.UnionWith(other._periods);
            _dates.UnionWith(other._dates);
            _ordinals.UnionWith(other._ordinals);
            Merging.Into(Relation, other.Relation);
        }
    }

    /// <summary>Merges one relation into another; every step gives the same result in either order.</summary>
    private static class Merging
    {
        public static void Into(ExtractedRelation target, ExtractedRelation source)
        {
            if (target == source)
            {
                return;
            }

            foreach (var evidence in source.Evidence)
            {
                target.Evidence.Add(evidence);
            }

            foreach (var claim in source.Claims.Where(claim => !target.Claims.Contains(claim)))
            {
                target.Claims.Add(claim);
            }

            foreach (var field in source.Fields)
            {
                target.Fields.Add(field);
            }

            MergePeople(target, source.People);
            MergeCommitments(target, source.Commitments);
            target.Links.AddRange(source.Links.Where(link => !target.Links.Contains(link)));
            target.Number = Smaller(target.Number, source.Number);
            if (source.PeriodStart is { } start && (target.PeriodStart is null || (start, source.PeriodEnd ?? 0).CompareTo((target.PeriodStart.Value, target.PeriodEnd ?? 0)) < 0))
            {
                target.PeriodStart = start;
                target.PeriodEnd = source.PeriodEnd;
            }

            if (source.Status == InstrumentStatus.Concluded)
            {
                target.Status = InstrumentStatus.Concluded;
            }

            target.Background &= source.Background;
            target.Confidence = Math.Max(target.Confidence, source.Confidence);
            target.Source = (RelationSource)Math.Min((int)target.Source, (int)source.Source);
            target.Session = MergeSession(target.Session, source.Session);
            target.Parties = [.. target.Parties.Select(party =>
                source.Parties.FirstOrDefault(other => other.UnitId == party.UnitId) is { } other
                    ? party with { Organisation = Smaller(party.Organisation, other.Organisation) }
                    : party)];
            source.MergedInto = target;
        }

        private static ExtractedSession? MergeSession(ExtractedSession? a, ExtractedSession? b)
        {
            if (a is null || b is null)
            {
                return a ?? b;
            }

            return new ExtractedSession(
                Smaller(NullIfEmpty(a.Mechanism), NullIfEmpty(b.Mechanism)) ?? string.Empty,
                a.Ordinal is { } ordinal && b.Ordinal is { } other ? Math.Min(ordinal, other) : a.Ordinal ?? b.Ordinal,
                a.Mode != SessionMode.Unknown && b.Mode != SessionMode.Unknown ? (SessionMode)Math.Min((int)a.Mode, (int)b.Mode) : a.Mode == SessionMode.Unknown ? b.Mode : a.Mode);
        }

        /// <summary>One entry per person: signing outranks chairing and attending; between equals, the earliest source wins.</summary>
        private static void MergePeople(ExtractedRelation target, IEnumerable<ExtractedPerson> people)
        {
            foreach (var person in people)
            {
                var index = target.People.FindIndex(known => known.Name == person.Name);
                if (index < 0)
                {
                    target.People.Add(person);
                }
                else if (Rank(person) < Rank(target.People[index]) || (Rank(person) == Rank(target.People[index]) && person.Evidence < target.People[index].Evidence))
                {
                    target.People[index] = person;
                }
            }
        }

        /// <summary>One entry per pledge (kind, amount, giver, receiver): the earliest source's wording is kept.</summary>
        private static void MergeCommitments(ExtractedRelation target, IEnumerable<ExtractedCommitment> commitments)
        {
            foreach (var commitment in commitments)
            {
                var index = target.Commitments.FindIndex(known => SamePledge(known, commitment));
                if (index < 0)
                {
                    target.Commitments.Add(commitment);
                }
                else if (commitment.Evidence < target.Commitments[index].Evidence)
                {
                    target.Commitments[index] = commitment;
                }
            }
        }

        private static bool SamePledge(ExtractedCommitment a, ExtractedCommitment b) =>
            a.Kind == b.Kind && a.Amount == b.Amount && a.Unit == b.Unit && a.FromId == b.FromId && a.ToId == b.ToId
            && a.Years.SequenceEqual(b.Years);

        private static int Rank(ExtractedPerson person) => person.Role switch
        {
            PersonRoleKind.Signatory => 0,
            PersonRoleKind.Chair => 1,
            _ => 2,
        };

        private static string? Smaller(string? a, string? b) =>
            a is null ? b : b is null ? a : string.CompareOrdinal(a, b) <= 0 ? a : b;

        private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
    }
}
