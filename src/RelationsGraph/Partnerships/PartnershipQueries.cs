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
        var accumulator = new Accumulator(filter);
        foreach (var candidate in SelfAndPredecessors(subject))
        {
            foreach (var tie in candidate.Ties)
            {
                if (district is not null && (tie.Instrument is null || !tie.Instrument.Parties.Any(party => party.Unit == district)))
                {
                    continue;
                }

                accumulator.Add(candidate, tie, onlySubject: subject, inheritInto);
            }
        }

        return accumulator.PartnershipsOf(subject);
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

        var accumulator = new Accumulator(filter);
        foreach (var unit in countryNode.Units)
        {
            foreach (var tie in unit.Ties)
            {
                accumulator.Add(unit, tie, onlySubject: null, inheritInto: null);
            }
        }

        var results = new List<ProvincePartners>(accumulator.SubjectCount);
        foreach (var subject in accumulator.Subjects(minPartners))
        {
            results.Add(new ProvincePartners(subject, accumulator.PartnershipsOf(subject)));
        }

        // Most partners first, then by name and id (ids are unique: the order is total, as a stable sort's would be).
        results.Sort(static (x, y) =>
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

        var accumulator = new Accumulator(filter);
        foreach (var unit in countryNode.Units)
        {
            foreach (var tie in unit.Ties)
            {
                accumulator.Add(unit, tie, onlySubject: null, inheritInto: null);
            }
        }

        return accumulator.Subjects(minPartners: 1)
            .OrderBy(subject => subject.Name, StringComparer.Ordinal)
            .ThenBy(subject => subject.Id, StringComparer.Ordinal)
            .SelectMany(accumulator.PartnershipsOf)
            .ToList();
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

    /// <summary>Groups the ties that pass the filter by (subject, partner) after attributing both to their holders.</summary>
    private sealed class Accumulator(PartnershipFilter filter)
    {
        private readonly int _levelMask = filter.Levels is { Count: > 0 } levels
            ? levels.Aggregate(0, (mask, level) => mask | TieBuilder.LevelBit(level))
            : -1;

        private readonly Dictionary<UnitNode, Dictionary<UnitNode, Group>> _groups = [];

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
            if (partner is null || (filter.PartnerCountry is { } code && !string.Equals(partner.Country.Code, code, StringComparison.OrdinalIgnoreCase)))
            {
                return;
            }

            var subject = inheritInto ?? Attribute(owner);
            if (subject is null || (onlySubject is not null && subject != onlySubject))
            {
                return;
            }

            if (!_groups.TryGetValue(subject, out var partners))
            {
                _groups[subject] = partners = [];
            }

            if (!partners.TryGetValue(partner, out var group))
            {
                partners[partner] = group = new Group();
            }

            group.Add(owner, tie, subject, partner, disputed);
        }

        /// <summary>How many subjects have at least one partnership.</summary>
        public int SubjectCount => _groups.Count;

        /// <summary>The subjects with at least <paramref name="minPartners"/> distinct partners.</summary>
        public IEnumerable<UnitNode> Subjects(int minPartners)
        {
            foreach (var (subject, partners) in _groups)
            {
                if (partners.Count >= minPartners)
                {
                    yield return subject;
                }
            }
        }

        /// <summary>The subject's partnerships, by partner name then id.</summary>
        public IReadOnlyList<Partnership> PartnershipsOf(UnitNode subject)
        {
            if (!_groups.TryGetValue(subject, out var partners))
            {
                return [];
            }

            var partnerships = new Partnership[partners.Count];
            var index = 0;
            foreach (var (partner, group) in partners)
            {
                partnerships[index++] = group.ToPartnership(subject, partner, filter);
            }

            Array.Sort(partnerships, static (x, y) => ByNameThenId(x.Partner, y.Partner));
            return partnerships;
        }

        private UnitNode? Attribute(UnitNode unit)
        {
            if (filter.Predecessors == PredecessorMode.RollUp)
            {
                return unit.LatestHolder;
            }

            return filter.AsOf is { } asOf ? unit.HolderOn(asOf) : unit;
        }
    }

    private sealed class Group
    {
        private readonly List<InstrumentNode> _instruments = [];
        // Most partnerships have neither mechanisms nor inherited ties: their lists are made when first needed.
        private List<MechanismNode>? _mechanisms;
        private List<UnitNode>? _inheritedFrom;
        private int _levelMask;
        private float _confidence = -1;
        private float _reviewedConfidence = -1;
        private bool _allReviewed = true;
        private bool _anyUndisputed;

        public void Add(UnitNode owner, in Tie tie, UnitNode subject, UnitNode partner, bool disputed)
        {
            if (tie.Instrument is { } instrument && !_instruments.Contains(instrument))
            {
                _instruments.Add(instrument);
            }

            if (tie.Mechanism is { } mechanism && _mechanisms?.Contains(mechanism) != true)
            {
                (_mechanisms ??= []).Add(mechanism);
            }

            _levelMask |= tie.LevelMask;
            _confidence = Math.Max(_confidence, tie.Confidence);
            _reviewedConfidence = Math.Max(_reviewedConfidence, tie.ReviewedConfidence);
            _allReviewed &= tie.Mechanism is not null || tie.ReviewedConfidence >= 0;
            _anyUndisputed |= !disputed;
            if (owner != subject && _inheritedFrom?.Contains(owner) != true)
            {
                (_inheritedFrom ??= []).Add(owner);
            }

            if (tie.Partner != partner && _inheritedFrom?.Contains(tie.Partner) != true)
            {
                (_inheritedFrom ??= []).Add(tie.Partner);
            }
        }

        public Partnership ToPartnership(UnitNode subject, UnitNode partner, PartnershipFilter filter)
        {
            var policy = filter.Policy;
            IReadOnlyList<SessionNode> sessions = _mechanisms is null
                ? []
                : [.. _mechanisms.SelectMany(mechanism => mechanism.Sessions).Where(policy.Admits).OrderBy(session => session.Session.HeldOn ?? DateOnly.MaxValue).ThenBy(session => session.Session.Id, StringComparer.Ordinal)];
            var sourceMask = 0;
            foreach (var instrument in _instruments)
            {
                sourceMask |= 1 << (int)instrument.Instrument.Source;
            }

            foreach (var session in sessions)
            {
                sourceMask |= 1 << (int)session.Session.Source;
            }

            // The group is dropped once its partnership is made: its lists become the partnership's, sorted in place
            // (ids are unique, so the order is total and the same as a stable sort's).
            _instruments.Sort(InstrumentOrder);
            _mechanisms?.Sort(MechanismOrder);
            _inheritedFrom?.Sort(UnitIdOrder);
            var confidence = policy.IncludeUnreviewed ? _confidence : _reviewedConfidence;
            return new Partnership
            {
                Subject = subject,
                Partner = partner,
                Instruments = _instruments,
                Mechanisms = _mechanisms is null ? [] : _mechanisms,
                Sessions = sessions,
                Levels = EnumSets<PartyLevel>.Of(_levelMask),
                InheritedFrom = _inheritedFrom is null ? [] : _inheritedFrom,
                // Ties keep confidences as floats; the facts' own values have at most a few decimals.
                Confidence = Math.Round((double)confidence, 3),
                Sources = EnumSets<SourceKind>.Of(sourceMask == 0 ? 1 << (int)SourceKind.Article : sourceMask),
                Reviewed = _allReviewed && sessions.All(session => session.Session.Reviewed),
                InForce = filter.AsOf is null ? null : _anyUndisputed ? InForceStatus.InForce : InForceStatus.Disputed,
            };
        }

        private static int InstrumentOrder(InstrumentNode x, InstrumentNode y)
        {
            var byStart = (x.InForce?.From ?? DateOnly.MaxValue).CompareTo(y.InForce?.From ?? DateOnly.MaxValue);
            return byStart != 0 ? byStart : string.CompareOrdinal(x.Id, y.Id);
        }

        private static int MechanismOrder(MechanismNode x, MechanismNode y) => string.CompareOrdinal(x.Id, y.Id);

        private static int UnitIdOrder(UnitNode x, UnitNode y) => string.CompareOrdinal(x.Id, y.Id);
    }

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
