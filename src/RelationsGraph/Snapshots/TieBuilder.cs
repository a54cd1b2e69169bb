using RelationsGraph.Facts;
using RelationsGraph.Partnerships;

namespace RelationsGraph.Snapshots;

/// <summary>
/// Precomputes, for every first-level unit, the facts that tie it to first-level units of other countries, so that
/// partnership queries only filter and group. A district's or an organisation's part counts for its first-level unit.
/// </summary>
internal static class TieBuilder
{
    public static int LevelBit(PartyLevel level) => 1 << (int)level;

    public static void Build(IReadOnlyList<UnitNode> units, IReadOnlyList<InstrumentNode> instruments, IReadOnlyList<MechanismNode> mechanisms)
    {
        // Two walks over the same facts in the same order: the first only counts each unit's ties, the second writes
        // them into exact arrays. No list of every tie (two per instrument, 56 bytes each) is filled and copied again.
        var counting = new Counting(new int[units.Count]);
        Walk(instruments, mechanisms, ref counting);
        foreach (var unit in units)
        {
            var count = counting.Counts[unit.Index];
            unit.TieArray = count == 0 ? [] : new Tie[count];
        }

        var filling = new Filling(new int[units.Count]);
        Walk(instruments, mechanisms, ref filling);
        GroupByPartnerCountry(units);
    }

    /// <summary>
    /// Orders each unit's ties by their partner's country and notes where each country's run starts, so that a question
    /// about one partner country reads only that country's ties (about a quarter of a synthetic unit's ties, a few of a
    /// real province's) instead of filtering all of them one by one.
    /// </summary>
    private static void GroupByPartnerCountry(IReadOnlyList<UnitNode> units)
    {
        // A query attributes a partner to the unit that holds its territory; a run by the partner's own country holds
        // every tie that can count for a country only when no succession crosses a border. When one does, the ties
        // stay ungrouped and every query filters them all.
        foreach (var unit in units)
        {
            foreach (var successor in unit.SuccessorList)
            {
                if (successor.Unit.Country != unit.Country)
                {
                    return;
                }
            }
        }

        var keys = Array.Empty<int>();
        foreach (var unit in units)
        {
            var ties = unit.TieArray;
            if (ties.Length == 0)
            {
                unit.TieRuns = [];
                continue;
            }

            if (keys.Length < ties.Length)
            {
                keys = new int[Math.Max(ties.Length, keys.Length * 2)];
            }

            var countries = keys.AsSpan(0, ties.Length);
            var sorted = true;
            for (var index = 0; index < ties.Length; index++)
            {
                countries[index] = ties[index].Partner.Country.Index;
                sorted &= index == 0 || countries[index - 1] <= countries[index];
            }

            if (!sorted)
            {
                countries.Sort(ties.AsSpan());
            }

            var runCount = 1;
            for (var index = 1; index < countries.Length; index++)
            {
                runCount += countries[index] != countries[index - 1] ? 1 : 0;
            }

            var runs = new TieRun[runCount];
            var start = 0;
            runCount = 0;
            for (var index = 1; index <= countries.Length; index++)
            {
                if (index == countries.Length || countries[index] != countries[start])
                {
                    runs[runCount++] = new TieRun(ties[start].Partner.Country, start, index - start);
                    start = index;
                }
            }

            unit.TieRuns = runs;
        }
    }

    /// <summary>Every tie of every fact, in the order the units' arrays hold them, given to <paramref name="sink"/>.</summary>
    private static void Walk<TSink>(IReadOnlyList<InstrumentNode> instruments, IReadOnlyList<MechanismNode> mechanisms, ref TSink sink)
        where TSink : struct, ITieSink
    {
        foreach (var instrument in instruments)
        {
            // What can never count (planned instruments) makes no tie; the rest is filtered per query by the policy.
            if (PartnershipPolicy.Support(instrument) is not { } support)
            {
                continue;
            }

            if (instrument.Parties.Count == 2)
            {
                AddPair(instrument, support, instrument.Parties[0], instrument.Parties[1], ref sink);
                continue;
            }

            // One tie per ordered pair of first-level units, with the levels of every party behind it.
            var pairs = new Dictionary<(UnitNode Subject, UnitNode Partner), (int Mask, DateRange? Active, DateRange? Possible)>();
            foreach (var party in instrument.Parties)
            {
                foreach (var other in instrument.Parties)
                {
                    var subject = party.Unit.FirstLevel;
                    var partner = other.Unit.FirstLevel;
                    if (subject.Country == partner.Country)
                    {
                        continue;
                    }

                    var active = Within(Within(instrument.InForce, party.Unit), other.Unit);
                    var possible = Within(Within(instrument.PossiblyInForce, party.Unit), other.Unit);
                    var mask = LevelBit(party.Level) | LevelBit(other.Level);
                    pairs[(subject, partner)] = pairs.TryGetValue((subject, partner), out var existing)
                        ? (existing.Mask | mask, Union(existing.Active, active), Union(existing.Possible, possible))
                        : (mask, active, possible);
                }
            }

            foreach (var ((subject, partner), (mask, active, possible)) in pairs)
            {
                sink.Add(subject, new Tie(partner, instrument, null, mask, support.KindMask, (float)support.Confidence, (float)support.ReviewedConfidence, active, possible));
            }
        }

        foreach (var mechanism in mechanisms)
        {
            var support = PartnershipPolicy.Support(mechanism);
            foreach (var member in mechanism.Members)
            {
                foreach (var other in mechanism.Members)
                {
                    var subject = member.Unit.FirstLevel;
                    var partner = other.Unit.FirstLevel;
                    if (subject.Country == partner.Country)
                    {
                        continue;
                    }

                    var active = mechanism.Active is { } range
                        ? range.Intersect(Membership(member))?.Intersect(Membership(other))
                        : null;
                    sink.Add(subject, new Tie(partner, null, mechanism, LevelBit(PartyLevel.ProvincialGovernment), support.KindMask, (float)support.Confidence, (float)support.ReviewedConfidence, active, active));
                }
            }
        }
    }

    /// <summary>The common case of two parties: one tie each way when they are in different countries.</summary>
    private static void AddPair<TSink>(InstrumentNode instrument, FactSupport support, PartyNode first, PartyNode second, ref TSink sink)
        where TSink : struct, ITieSink
    {
        var a = first.Unit.FirstLevel;
        var b = second.Unit.FirstLevel;
        if (a.Country == b.Country)
        {
            return;
        }

        if (!sink.WantsTies)
        {
            sink.Count(a);
            sink.Count(b);
            return;
        }

        var active = Within(Within(instrument.InForce, first.Unit), second.Unit);
        var possible = Within(Within(instrument.PossiblyInForce, first.Unit), second.Unit);
        var mask = LevelBit(first.Level) | LevelBit(second.Level);
        var (confidence, reviewed) = ((float)support.Confidence, (float)support.ReviewedConfidence);
        sink.Add(a, new Tie(b, instrument, null, mask, support.KindMask, confidence, reviewed, active, possible));
        sink.Add(b, new Tie(a, instrument, null, mask, support.KindMask, confidence, reviewed, active, possible));
    }

    private static DateRange Membership(MemberNode member) =>
        new(member.From ?? DateOnly.MinValue, member.To ?? DateOnly.MaxValue);

    // A district that ceased to exist limits the tie; first-level validity is applied when a query attributes the
    // tie to the unit holding the territory on its date.
    private static DateRange? Within(DateRange? range, UnitNode unit) =>
        range is { } active && !unit.IsFirstLevel
            ? active.Intersect(new DateRange(unit.Unit.ValidFrom ?? DateOnly.MinValue, unit.Unit.ValidTo ?? DateOnly.MaxValue))
            : range;

    private static DateRange? Union(DateRange? a, DateRange? b) =>
        (a, b) switch
        {
            (null, _) => b,
            (_, null) => a,
            ({ } x, { } y) => new DateRange(x.From < y.From ? x.From : y.From, x.To > y.To ? x.To : y.To),
        };

    /// <summary>Where a walk's ties go; a struct, so that each walk is compiled for its own sink.</summary>
    private interface ITieSink
    {
        /// <summary>False when only the number of each unit's ties is wanted: the common case skips making them.</summary>
        bool WantsTies { get; }

        void Count(UnitNode subject);

        void Add(UnitNode subject, in Tie tie);
    }

    /// <summary>How many ties each unit has.</summary>
    private readonly record struct Counting(int[] Counts) : ITieSink
    {
        public bool WantsTies => false;

        public void Count(UnitNode subject) => Counts[subject.Index]++;

        public void Add(UnitNode subject, in Tie tie) => Count(subject);
    }

    /// <summary>Each tie written to the next free place of its unit's array, sized by <see cref="Counting"/>.</summary>
    private readonly record struct Filling(int[] Filled) : ITieSink
    {
        public bool WantsTies => true;

        public void Count(UnitNode subject) => throw new InvalidOperationException("Filling takes ties, not counts.");

        public void Add(UnitNode subject, in Tie tie) => subject.TieArray[Filled[subject.Index]++] = tie;
    }
}
