using System.Buffers;
using RelationsGraph.Facts;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Partnerships;

/// <summary>The partnership questions, answered by filtering and grouping the ties precomputed in the snapshot.</summary>
public static class PartnershipQueries
{
    /// <summary>
    /// Every partner of <paramref name="unit"/> (a district asks on behalf of its own instruments). With
    /// <see cref="PredecessorMode.Inherit"/>, a unit formed by a merger also has its predecessors' partnerships.
    /// </summary>
    public static IReadOnlyList<Partnership> PartnersOf(this RelationSnapshot snapshot, UnitNode unit, PartnershipFilter filter)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(filter);
        var subject = unit.FirstLevel;
        var district = unit.IsFirstLevel ? null : unit;
        var inheritInto = filter.Predecessors == PredecessorMode.Inherit ? subject : null;
        using var accumulator = new Accumulator(snapshot, filter);
        foreach (var candidate in SelfAndPredecessors(subject))
        {
            foreach (var tie in accumulator.Candidates(candidate))
            {
                if (district is not null && (tie.Instrument is not { } instrument || !IsParty(instrument, district)))
                {
                    continue;
                }

                accumulator.Add(candidate, tie, onlySubject: subject, inheritInto);
            }
        }

        // Only the subject's ties were kept: at most one subject.
        return accumulator.SubjectCount == 0 ? [] : accumulator.PartnershipsOf(0);
    }

    private static bool IsParty(InstrumentNode instrument, UnitNode unit)
    {
        foreach (var party in instrument.Parties)
        {
            if (party.Unit == unit)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Units of <paramref name="country"/> with at least <paramref name="minPartners"/> partners in
    /// <paramref name="partnerCountry"/>, most partners first.
    /// </summary>
    public static IReadOnlyList<ProvincePartners> ProvincesWithSeveralPartners(
        this RelationSnapshot snapshot,
        string country,
        string partnerCountry,
        int minPartners,
        DateOnly? asOf,
        IReadOnlyCollection<PartyLevel>? levels) =>
        snapshot.ProvincesWithSeveralPartners(country, minPartners, new PartnershipFilter { AsOf = asOf, Levels = levels, PartnerCountry = partnerCountry });

    /// <summary>
    /// Units of <paramref name="country"/> with at least <paramref name="minPartners"/> partners (in
    /// <see cref="PartnershipFilter.PartnerCountry"/> when set), most partners first.
    /// </summary>
    public static IReadOnlyList<ProvincePartners> ProvincesWithSeveralPartners(
        this RelationSnapshot snapshot,
        string country,
        int minPartners,
        PartnershipFilter filter)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(filter);
        if (!snapshot.CountryByCode.TryGetValue(country, out var countryNode))
        {
            return [];
        }

        using var accumulator = new Accumulator(snapshot, filter);
        accumulator.Reserve(countryNode.UnitList);
        foreach (var unit in countryNode.UnitList)
        {
            foreach (var tie in accumulator.Candidates(unit))
            {
                accumulator.Add(unit, tie, onlySubject: null, inheritInto: null);
            }
        }

        var subjects = accumulator.SubjectCount;
        var qualifying = 0;
        for (var index = 0; index < subjects; index++)
        {
            qualifying += accumulator.PartnerCount(index) >= minPartners ? 1 : 0;
        }

        var results = new ProvincePartners[qualifying];
        qualifying = 0;
        for (var index = 0; index < subjects; index++)
        {
            if (accumulator.PartnerCount(index) >= minPartners)
            {
                results[qualifying++] = new ProvincePartners(accumulator.Subject(index), accumulator.PartnershipsOf(index));
            }
        }

        // Most partners first, then by name and id (ids are unique: the order is total, as a stable sort's would be).
        Array.Sort(results, static (x, y) =>
        {
            var byCount = y.PartnerCount.CompareTo(x.PartnerCount);
            return byCount != 0 ? byCount : ByNameThenId(x.Province, y.Province);
        });
        return results;
    }

    /// <summary>Every partnership between units of two countries (or of one country with every other).</summary>
    public static IReadOnlyList<Partnership> Partnerships(this RelationSnapshot snapshot, string country, PartnershipFilter filter)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(filter);
        if (!snapshot.CountryByCode.TryGetValue(country, out var countryNode))
        {
            return [];
        }

        using var accumulator = new Accumulator(snapshot, filter);
        accumulator.Reserve(countryNode.UnitList);
        foreach (var unit in countryNode.UnitList)
        {
            foreach (var tie in accumulator.Candidates(unit))
            {
                accumulator.Add(unit, tie, onlySubject: null, inheritInto: null);
            }
        }

        // By subject name then id (unique: a total order), each subject's partnerships in their own order.
        var subjects = new int[accumulator.SubjectCount];
        var total = 0;
        for (var index = 0; index < subjects.Length; index++)
        {
            subjects[index] = index;
            total += accumulator.PartnerCount(index);
        }

        Array.Sort(subjects, (x, y) => ByNameThenId(accumulator.Subject(x), accumulator.Subject(y)));
        var partnerships = new Partnership[total];
        total = 0;
        foreach (var subject in subjects)
        {
            foreach (var partnership in accumulator.PartnershipsOf(subject))
            {
                partnerships[total++] = partnership;
            }
        }

        return partnerships;
    }

    private static int ByNameThenId(UnitNode x, UnitNode y)
    {
        var byName = string.CompareOrdinal(x.Name, y.Name);
        return byName != 0 ? byName : string.CompareOrdinal(x.Id, y.Id);
    }

    private static IEnumerable<UnitNode> SelfAndPredecessors(UnitNode unit)
    {
        var seen = new HashSet<UnitNode>();
        var pending = new Stack<UnitNode>([unit]);
        while (pending.TryPop(out var next))
        {
            if (!seen.Add(next))
            {
                continue;
            }

            yield return next;
            foreach (var predecessor in next.Predecessors)
            {
                pending.Push(predecessor.Unit);
            }
        }
    }

    /// <summary>
    /// Groups the ties that pass the filter by (subject, partner) after attributing both to their holders. The ties
    /// are gathered in pooled memory and grouped by sorting on the units' indexes, so a query allocates its answer
    /// (partnerships and their exact lists) and nothing else: no dictionary per subject, no list per group.
    /// </summary>
    private sealed class Accumulator(RelationSnapshot snapshot, PartnershipFilter filter) : IDisposable
    {
        private readonly int _levelMask = filter.Levels is { Count: > 0 } levels ? LevelMask(levels) : -1;
        // Codes are unique and compared ignoring case, as the look-up does: the partner's country is this node or
        // the partner does not count (an unknown code has none, and no partner is of it).
        private readonly CountryNode? _partnerCountry = filter.PartnerCountry is { } code ? snapshot.CountryByCode.GetValueOrDefault(code) : null;
        private long[] _keys = [];
        // Each key's tie: the keys are sorted with their positions, and the ties (ten fields each) stay where they were added.
        private int[] _positions = [];
        private Hit[] _hits = [];
        private int _count;
        private Run[] _subjects = [];
        private int _subjectCount = -1;

        /// <summary>Ties a query reserves room for at most before it has seen them (64 bytes each, and a key and a position).</summary>
        private const int ReserveAtMost = 16 * 1024;

        /// <summary>
        /// The ties of <paramref name="unit"/> that can pass the filter's partner country: the run of that country when
        /// the snapshot grouped them, none for a code no country has, otherwise all of them (each is still filtered).
        /// </summary>
        public ReadOnlySpan<Tie> Candidates(UnitNode unit)
        {
            if (filter.PartnerCountry is null)
            {
                return unit.Ties;
            }

            if (_partnerCountry is null)
            {
                return [];
            }

            return unit.TryTiesToward(_partnerCountry, out var ties) ? ties : unit.Ties;
        }

        /// <param name="owner">The unit whose ties hold <paramref name="tie"/>: the tie's own subject.</param>
        /// <param name="tie">A candidate tie.</param>
        /// <param name="onlySubject">When set, ties attributed to another subject are left out.</param>
        /// <param name="inheritInto">When set, the tie's subject side is attributed to this unit (its successor).</param>
        public void Add(UnitNode owner, in Tie tie, UnitNode? onlySubject, UnitNode? inheritInto)
        {
            if ((tie.LevelMask & _levelMask) == 0 || !filter.Policy.Admits(tie))
            {
                return;
            }

            var disputed = false;
            if (filter.AsOf is { } asOf && (tie.Active is not { } active || !active.Contains(asOf)))
            {
                if (tie.Possible is not { } possible || !possible.Contains(asOf))
                {
                    return;
                }

                disputed = true;
            }

            var partner = Attribute(tie.Partner);
            if (partner is null || (filter.PartnerCountry is not null && partner.Country != _partnerCountry))
            {
                return;
            }

            var subject = inheritInto ?? Attribute(owner);
            if (subject is null || (onlySubject is not null && subject != onlySubject))
            {
                return;
            }

            if (_count == _hits.Length)
            {
                Grow(Math.Max(64, _hits.Length * 2));
            }

            _keys[_count] = ((long)subject.Index << 32) | (uint)partner.Index;
            _positions[_count] = _count;
            _hits[_count++] = new Hit(subject, partner, owner, tie.Partner, tie.Instrument, tie.Mechanism, tie.LevelMask, tie.Confidence, tie.ReviewedConfidence, disputed);
        }

        /// <summary>
        /// Room for every tie of <paramref name="units"/> (up to a bound: the rest grows as needed), taken once instead
        /// of growing from a few dozen through every doubling.
        /// </summary>
        public void Reserve(List<UnitNode> units)
        {
            var ties = 0;
            for (var index = 0; index < units.Count && ties < ReserveAtMost; index++)
            {
                ties += Candidates(units[index]).Length;
            }

            if (ties > _hits.Length)
            {
                Grow(Math.Min(ties, ReserveAtMost));
            }
        }

        /// <summary>How many subjects have at least one partnership (each known by its number, from 0).</summary>
        public int SubjectCount => Group();

        public UnitNode Subject(int subject) => _hits[_positions[_subjects[subject].Start]].Subject;

        /// <summary>How many distinct partners the subject has.</summary>
        public int PartnerCount(int subject) => _subjects[subject].Partners;

        /// <summary>The subject's partnerships, by partner name then id.</summary>
        public Partnership[] PartnershipsOf(int subject)
        {
            var run = _subjects[subject];
            var partnerships = new Partnership[run.Partners];
            var start = run.Start;
            for (var index = 0; index < partnerships.Length; index++)
            {
                var end = start + 1;
                while (end < run.End && _keys[end] == _keys[start])
                {
                    end++;
                }

                partnerships[index] = ToPartnership(_positions.AsSpan(start, end - start));
                start = end;
            }

            Array.Sort(partnerships, static (x, y) => ByNameThenId(x.Partner, y.Partner));
            return partnerships;
        }

        public void Dispose()
        {
            ReturnHits();
            _count = 0;

            if (_subjects.Length > 0)
            {
                ArrayPool<Run>.Shared.Return(_subjects);
                _subjects = [];
            }
        }

        /// <summary>Sorts the ties by (subject, partner) once and finds each subject's run; the number of subjects.</summary>
        private int Group()
        {
            if (_subjectCount >= 0)
            {
                return _subjectCount;
            }

            _keys.AsSpan(0, _count).Sort(_positions.AsSpan(0, _count));
            _subjectCount = 0;
            var start = 0;
            while (start < _count)
            {
                var subject = _keys[start] >> 32;
                var partners = 1;
                var end = start + 1;
                for (; end < _count && _keys[end] >> 32 == subject; end++)
                {
                    if (_keys[end] != _keys[end - 1])
                    {
                        partners++;
                    }
                }

                if (_subjectCount == _subjects.Length)
                {
                    var grown = ArrayPool<Run>.Shared.Rent(Math.Max(16, _subjects.Length * 2));
                    _subjects.AsSpan().CopyTo(grown);
                    if (_subjects.Length > 0)
                    {
                        ArrayPool<Run>.Shared.Return(_subjects);
                    }

                    _subjects = grown;
                }

                _subjects[_subjectCount++] = new Run(start, end, partners);
                start = end;
            }

            return _subjectCount;
        }

        private void Grow(int size)
        {
            var keys = ArrayPool<long>.Shared.Rent(size);
            var positions = ArrayPool<int>.Shared.Rent(size);
            var hits = ArrayPool<Hit>.Shared.Rent(size);
            _keys.AsSpan(0, _count).CopyTo(keys);
            _positions.AsSpan(0, _count).CopyTo(positions);
            _hits.AsSpan(0, _count).CopyTo(hits);
            ReturnHits();
            _keys = keys;
            _positions = positions;
            _hits = hits;
        }

        private void ReturnHits()
        {
            if (_hits.Length > 0)
            {
                ArrayPool<long>.Shared.Return(_keys);
                ArrayPool<int>.Shared.Return(_positions);
                // The hits hold references into the snapshot: cleared so that a pooled array keeps none alive.
                _hits.AsSpan(0, _count).Clear();
                ArrayPool<Hit>.Shared.Return(_hits);
                _keys = [];
                _positions = [];
                _hits = [];
            }
        }

        /// <summary>One partnership from the ties of one (subject, partner) pair, at these positions.</summary>
        private Partnership ToPartnership(ReadOnlySpan<int> positions)
        {
            var hits = _hits;
            var subject = hits[positions[0]].Subject;
            var partner = hits[positions[0]].Partner;
            var instrumentCount = 0;
            var mechanismCount = 0;
            var levelMask = 0;
            var confidence = -1f;
            var reviewedConfidence = -1f;
            var allReviewed = true;
            var anyUndisputed = false;
            var inherited = false;
            foreach (var position in positions)
            {
                ref readonly var hit = ref hits[position];
                if (hit.Instrument is not null)
                {
                    instrumentCount++;
                }
                else
                {
                    mechanismCount++;
                }

                levelMask |= hit.LevelMask;
                confidence = Math.Max(confidence, hit.Confidence);
                reviewedConfidence = Math.Max(reviewedConfidence, hit.ReviewedConfidence);
                allReviewed &= hit.Mechanism is not null || hit.ReviewedConfidence >= 0;
                anyUndisputed |= !hit.Disputed;
                inherited |= hit.Owner != subject || hit.TiePartner != partner;
            }

            var instruments = DistinctParts(positions, instrumentCount, static (in Hit hit) => hit.Instrument);
            var mechanisms = DistinctParts(positions, mechanismCount, static (in Hit hit) => hit.Mechanism);
            var inheritedFrom = inherited ? InheritedFrom(positions, subject, partner) : [];
            var policy = filter.Policy;
            var sessions = Sessions(mechanisms, policy);
            var sourceMask = 0;
            foreach (var instrument in instruments)
            {
                sourceMask |= 1 << (int)instrument.Instrument.Source;
            }

            foreach (var session in sessions)
            {
                sourceMask |= 1 << (int)session.Session.Source;
                allReviewed &= session.Session.Reviewed;
            }

            // Ids are unique, so each order is total and the same as a stable sort's.
            Array.Sort(instruments, InstrumentOrder);
            Array.Sort(mechanisms, IdOrder);
            Array.Sort(inheritedFrom, UnitIdOrder);
            var best = policy.IncludeUnreviewed ? confidence : reviewedConfidence;
            return new Partnership
            {
                Subject = subject,
                Partner = partner,
                Instruments = instruments,
                Mechanisms = mechanisms,
                Sessions = sessions,
                Levels = EnumSets<PartyLevel>.Of(levelMask),
                InheritedFrom = inheritedFrom,
                // Ties keep confidences as floats; the facts' own values have at most a few decimals.
                Confidence = Math.Round((double)best, 3),
                Sources = EnumSets<SourceKind>.Of(sourceMask == 0 ? 1 << (int)SourceKind.Article : sourceMask),
                Reviewed = allReviewed,
                InForce = filter.AsOf is null ? null : anyUndisputed ? InForceStatus.InForce : InForceStatus.Disputed,
            };
        }

        /// <summary>The distinct non-null parts (instruments, mechanisms) of a pair's ties, in an array of their number.</summary>
        private T[] DistinctParts<T>(ReadOnlySpan<int> positions, int upTo, HitPart<T> part)
            where T : class
        {
            if (upTo == 0)
            {
                return [];
            }

            var distinct = new T[upTo];
            var count = 0;
            foreach (var position in positions)
            {
                if (part(in _hits[position]) is { } each && Array.IndexOf(distinct, each, 0, count) < 0)
                {
                    distinct[count++] = each;
                }
            }

            if (count < distinct.Length)
            {
                Array.Resize(ref distinct, count);
            }

            return distinct;
        }

        /// <summary>The units a partnership was inherited from: owners that are not the subject, partners that are not the partner.</summary>
        private UnitNode[] InheritedFrom(ReadOnlySpan<int> positions, UnitNode subject, UnitNode partner)
        {
            var units = new UnitNode[positions.Length * 2];
            var count = 0;
            foreach (var position in positions)
            {
                ref readonly var hit = ref _hits[position];
                if (hit.Owner != subject && Array.IndexOf(units, hit.Owner, 0, count) < 0)
                {
                    units[count++] = hit.Owner;
                }

                if (hit.TiePartner != partner && Array.IndexOf(units, hit.TiePartner, 0, count) < 0)
                {
                    units[count++] = hit.TiePartner;
                }
            }

            Array.Resize(ref units, count);
            return units;
        }

        /// <summary>The sessions of the mechanisms that the policy counts, by date then id.</summary>
        private static SessionNode[] Sessions(MechanismNode[] mechanisms, PartnershipPolicy policy)
        {
            if (mechanisms.Length == 0)
            {
                return [];
            }

            var count = 0;
            foreach (var mechanism in mechanisms)
            {
                count += mechanism.Sessions.Count;
            }

            var sessions = new SessionNode[count];
            count = 0;
            foreach (var mechanism in mechanisms)
            {
                foreach (var session in mechanism.Sessions)
                {
                    if (policy.Admits(session))
                    {
                        sessions[count++] = session;
                    }
                }
            }

            Array.Resize(ref sessions, count);
            Array.Sort(sessions, SessionOrder);
            return sessions;
        }

        private UnitNode? Attribute(UnitNode unit)
        {
            if (filter.Predecessors == PredecessorMode.RollUp)
            {
                return unit.LatestHolder;
            }

            return filter.AsOf is { } asOf ? unit.HolderOn(asOf) : unit;
        }

        private static int LevelMask(IReadOnlyCollection<PartyLevel> levels)
        {
            var mask = 0;
            foreach (var level in levels)
            {
                mask |= TieBuilder.LevelBit(level);
            }

            return mask;
        }

        private static int InstrumentOrder(InstrumentNode x, InstrumentNode y)
        {
            var byStart = (x.InForce?.From ?? DateOnly.MaxValue).CompareTo(y.InForce?.From ?? DateOnly.MaxValue);
            return byStart != 0 ? byStart : string.CompareOrdinal(x.Id, y.Id);
        }

        private static int IdOrder(MechanismNode x, MechanismNode y) => string.CompareOrdinal(x.Id, y.Id);

        private static int UnitIdOrder(UnitNode x, UnitNode y) => string.CompareOrdinal(x.Id, y.Id);

        private static int SessionOrder(SessionNode x, SessionNode y)
        {
            var byDate = (x.Session.HeldOn ?? DateOnly.MaxValue).CompareTo(y.Session.HeldOn ?? DateOnly.MaxValue);
            return byDate != 0 ? byDate : string.CompareOrdinal(x.Session.Id, y.Session.Id);
        }
    }

    /// <summary>One tie that passed the filter, attributed to its (subject, partner) pair.</summary>
    private readonly record struct Hit(
        UnitNode Subject,
        UnitNode Partner,
        UnitNode Owner,
        UnitNode TiePartner,
        InstrumentNode? Instrument,
        MechanismNode? Mechanism,
        int LevelMask,
        float Confidence,
        float ReviewedConfidence,
        bool Disputed);

    /// <summary>One part of a tie, read in place (a tie is ten fields).</summary>
    private delegate T? HitPart<T>(in Hit hit)
        where T : class;

    /// <summary>A subject's ties among the sorted ones (from <see cref="Start"/> to before <see cref="End"/>) and its number of partners.</summary>
    private readonly record struct Run(int Start, int End, int Partners);

    /// <summary>
    /// The values of a small enum whose bits (1 &lt;&lt; value) are set in a mask, in ascending order: one shared,
    /// read-only list per mask instead of a new array for every partnership.
    /// </summary>
    private static class EnumSets<TEnum>
        where TEnum : struct, Enum
    {
        private static readonly TEnum[] Values = Enum.GetValues<TEnum>();
        private static readonly IReadOnlyList<TEnum>[] ByMask = Build();

        public static IReadOnlyList<TEnum> Of(int mask) =>
            mask >= 0 && mask < ByMask.Length ? ByMask[mask] : [.. Values.Where(value => (mask & (1 << Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture))) != 0).Order()];

        private static IReadOnlyList<TEnum>[] Build()
        {
            var all = Values.Aggregate(0, (mask, value) => mask | (1 << Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture)));
            var sets = new IReadOnlyList<TEnum>[all + 1];
            for (var mask = 0; mask <= all; mask++)
            {
                sets[mask] = Array.AsReadOnly(Values.Where(value => (mask & (1 << Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture))) != 0).Order().ToArray());
            }

            return sets;
        }
    }
}
