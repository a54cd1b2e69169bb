using System.Globalization;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Partnerships;

/// <summary>Lists instruments by party, country, kind, field, level, signing date and date in force.</summary>
public static class InstrumentQueries
{
    public static IEnumerable<InstrumentNode> FindInstruments(this RelationSnapshot snapshot, InstrumentFilter filter)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(filter);
        var candidates = filter.Party is { } party
            ? party.Parties.Select(node => node.Instrument).Concat(party.Children.SelectMany(child => child.Parties.Select(node => node.Instrument))).Distinct()
            : snapshot.Instruments.AsEnumerable();

        return candidates
            .Where(instrument => Matches(instrument, filter))
            .OrderBy(instrument => instrument.InForce?.From ?? instrument.Instrument.SignedOn ?? DateOnly.MaxValue)
            .ThenBy(instrument => instrument.Id, StringComparer.Ordinal);
    }

    private static bool Matches(InstrumentNode instrument, InstrumentFilter filter)
    {
        var data = instrument.Instrument;
        if ((!filter.IncludeBackground && data.Background)
            || (filter.Status is { } status && data.Status != status)
            || (filter.Kinds is { Count: > 0 } kinds && !kinds.Contains(data.Kind))
            || (filter.Fields is { Count: > 0 } fields && !data.Fields.Any(fields.Contains))
            || (filter.Levels is { Count: > 0 } levels && !instrument.Parties.Any(party => levels.Contains(party.Level)))
            || (filter.ActiveOn is { } activeOn && !instrument.IsInForceOn(activeOn)))
        {
            return false;
        }

        if (filter.SignedFrom is not null || filter.SignedTo is not null)
        {
            var signed = SignedDates(instrument);
            if (!signed.Any(date => (filter.SignedFrom is null || date >= filter.SignedFrom) && (filter.SignedTo is null || date <= filter.SignedTo)))
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
