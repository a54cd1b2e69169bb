using System.Globalization;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Partnerships;

/// <summary>Lists instruments by party, country, kind, field, level, dates, number, review, confidence and full text.</summary>
public static class InstrumentQueries
{
    /// <summary>
    /// Every instrument matching the filter, in its order (ascending, or descending when <paramref name="descending"/>).
    /// With <see cref="InstrumentFilter.ActiveOn"/>, instruments in force that day by one source's date but not by
    /// another's are included too: <see cref="InstrumentNode.InForceOn"/> tells them apart.
    /// </summary>
    public static IReadOnlyList<InstrumentNode> FindInstruments(this RelationSnapshot snapshot, InstrumentFilter filter, bool descending = false)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(filter);
        IEnumerable<InstrumentNode> candidates;
        Dictionary<InstrumentNode, int>? rank = null;
        if (filter.Search is { } search)
        {
            rank = [];
            foreach (var hit in snapshot.Search.Search(search))
            {
                if (hit.Instrument is { } instrument)
                {
                    rank.TryAdd(instrument, rank.Count);
                }
            }

            candidates = rank.Keys;
        }
        else if (filter.Number is { } number)
        {
            candidates = snapshot.FindByNumber(number);
        }
        else if (filter.Party is { } party)
        {
            candidates = party.Parties.Select(node => node.Instrument).Concat(party.Children.SelectMany(child => child.Parties.Select(node => node.Instrument))).Distinct();
        }
        else
        {
            candidates = snapshot.Instruments;
        }

        var matches = candidates.Where(instrument => Matches(instrument, filter, snapshot)).ToList();
        Comparison<InstrumentNode> order = filter.Order switch
        {
            InstrumentOrder.SignedOn => (a, b) => Then(Nullable.Compare(SignedOrLatestClaim(a), SignedOrLatestClaim(b)), a, b),
            InstrumentOrder.Title => (a, b) => Then(string.Compare(a.Instrument.Title, b.Instrument.Title, StringComparison.Ordinal), a, b),
            InstrumentOrder.Confidence => (a, b) => Then(a.Instrument.Confidence.CompareTo(b.Instrument.Confidence), a, b),
            InstrumentOrder.Relevance or InstrumentOrder.Default when rank is not null => (a, b) => rank[a].CompareTo(rank[b]),
            _ => CompareDates,
        };
        matches.Sort(descending ? (a, b) => order(b, a) : order);
        return matches;
    }

    private static int CompareDates(InstrumentNode a, InstrumentNode b) =>
        Then((a.InForce?.From ?? a.Instrument.SignedOn ?? DateOnly.MaxValue).CompareTo(b.InForce?.From ?? b.Instrument.SignedOn ?? DateOnly.MaxValue), a, b);

    private static int Then(int compared, InstrumentNode a, InstrumentNode b) =>
        compared != 0 ? compared : string.CompareOrdinal(a.Id, b.Id);

    private static DateOnly? SignedOrLatestClaim(InstrumentNode instrument) =>
        instrument.Instrument.SignedOn ?? (instrument.SignedOnClaims.Count == 0 ? null : SignedDates(instrument).Max());

    private static bool Matches(InstrumentNode instrument, InstrumentFilter filter, RelationSnapshot snapshot)
    {
        var data = instrument.Instrument;
        if ((!filter.IncludeBackground && data.Background)
            || (filter.Status is { } status && data.Status != status)
            || (filter.Reviewed is { } reviewed && data.Reviewed != reviewed)
            || (filter.MinConfidence is { } minConfidence && data.Confidence < minConfidence)
            || (filter.Kinds is { Count: > 0 } kinds && !kinds.Contains(data.Kind))
            || (filter.Fields is { Count: > 0 } fields && !data.Fields.Any(fields.Contains))
            || (filter.Levels is { Count: > 0 } levels && !instrument.Parties.Any(party => levels.Contains(party.Level)))
            || (filter.ActiveOn is { } activeOn && instrument.InForceOn(activeOn) is not (InForceStatus.InForce or InForceStatus.Disputed)))
        {
            return false;
        }

        if (filter.Search is not null && filter.Number is { } number && !snapshot.FindByNumber(number).Contains(instrument))
        {
            return false;
        }

        if ((filter.Search is not null || filter.Number is not null) && filter.Party is { } party
            && !instrument.Parties.Any(node => node.Unit == party || node.Unit.Parent == party))
        {
            return false;
        }

        if (filter.SignedFrom is not null || filter.SignedTo is not null)
        {
            if (!SignedDates(instrument).Any(date => (filter.SignedFrom is null || date >= filter.SignedFrom) && (filter.SignedTo is null || date <= filter.SignedTo)))
            {
                return false;
            }
        }

        if (filter.Country is { } country && !instrument.Parties.Any(party => IsIn(party.Unit, country)))
        {
            return false;
        }

        if (filter.PartnerCountry is { } partnerCountry)
        {
            var own = filter.Party?.Country.Code ?? filter.Country;
            return instrument.Parties.Any(party => IsIn(party.Unit, partnerCountry) && (own is null || !IsIn(party.Unit, own)));
        }

        return true;
    }

    /// <summary>The signing date, or every sourced date when the sources disagree.</summary>
    private static IEnumerable<DateOnly> SignedDates(InstrumentNode instrument) =>
        instrument.Instrument.SignedOn is { } signedOn
            ? [signedOn]
            : instrument.SignedOnClaims.Select(claim => DateOnly.ParseExact(claim.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture));

    private static bool IsIn(UnitNode unit, string country) => string.Equals(unit.Country.Code, country, StringComparison.OrdinalIgnoreCase);
}
