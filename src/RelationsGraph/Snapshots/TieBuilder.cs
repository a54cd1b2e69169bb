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
        // Every tie in one list first, then one exact array per unit: no list per unit growing and copied again. The
        // list is given room for every ordered pair of parties and members at once (the most there can be), so that
        // it is never copied as it grows either.
        var capacity = 0L;
        foreach (var instrument in instruments)
        {
            capacity += (long)instrument.Parties.Count * (instrument.Parties.Count - 1);
        }

        foreach (var mechanism in mechanisms)
        {
            capacity += (long)mechanism.Members.Count * mechanism.Members.Count;
        }

        var ties = new Ties(new List<(UnitNode Subject, Tie Tie)>((int)Math.Min(capacity, Array.MaxLength)), new int[units.Count]);
        var (all, counts) = (ties.All, ties.Counts);
        void Add(UnitNode subject, Tie tie) => ties.Add(subject, tie);

        foreach (var instrument in instruments)
        {
            // What can never count (planned instruments) makes no tie; the rest is filtered per query by the policy.
            if (PartnershipPolicy.Support(instrument) is not { } support)
            {
                continue;
            }

            if (instrument.Parties.Count == 2)
            {
                AddPair(instrument, support, instrument.Parties[0], instrument.Parties[1], ties);
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
                Add(subject, new Tie(partner, instrument, null, mask, support.KindMask, (float)support.Confidence, (float)support.ReviewedConfidence, active, possible));
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
                    Add(subject, new Tie(partner, null, mechanism, LevelBit(PartyLevel.ProvincialGovernment), support.KindMask, (float)support.Confidence, (float)support.ReviewedConfidence, active, active));
                }
            }
        }

        var filled = new int[units.Count];
        foreach (var unit in units)
        {
            unit.TieArray = counts[unit.Index] == 0 ? [] : new Tie[counts[unit.Index]];
        }

        foreach (var (subject, tie) in all)
        {
            subject.TieArray[filled[subject.Index]++] = tie;
        }
    }

    /// <summary>The common case of two parties: one tie each way when they are in different countries.</summary>
    private static void AddPair(InstrumentNode instrument, FactSupport support, PartyNode first, PartyNode second, Ties add)
    {
        var a = first.Unit.FirstLevel;
        var b = second.Unit.FirstLevel;
        if (a.Country == b.Country)
        {
            return;
        }

        var active = Within(Within(instrument.InForce, first.Unit), second.Unit);
        var possible = Within(Within(instrument.PossiblyInForce, first.Unit), second.Unit);
        var mask = LevelBit(first.Level) | LevelBit(second.Level);
        var (confidence, reviewed) = ((float)support.Confidence, (float)support.ReviewedConfidence);
        add.Add(a, new Tie(b, instrument, null, mask, support.KindMask, confidence, reviewed, active, possible));
        add.Add(b, new Tie(a, instrument, null, mask, support.KindMask, confidence, reviewed, active, possible));
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

    /// <summary>The ties made so far and how many each unit has.</summary>
    private sealed record Ties(List<(UnitNode Subject, Tie Tie)> All, int[] Counts)
    {
        public void Add(UnitNode subject, Tie tie)
        {
            All.Add((subject, tie));
            Counts[subject.Index]++;
        }
    }
}
