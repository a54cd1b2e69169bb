using System.Collections.Immutable;
using System.Globalization;
using RelationsGraph.Common;
using RelationsGraph.Extraction;
using RelationsGraph.Extraction.Merging;
using RelationsGraph.Extraction.Places;
using RelationsGraph.Extraction.Relations;
using RelationsGraph.Facts;
using RelationsGraph.Seed;

namespace RelationsGraph.Loader.Review;

/// <summary>
/// The review's one seam for "which fact is this the same as?": which existing fact a proposed one may be merged
/// into, how a rejected fact is remembered, and whether a newly extracted relation is one a reviewer already rejected
/// or merged. It decides nothing itself: it asks the extraction library's one fact-identity policy, through
/// <see cref="SeedMerger.FindSameInstrument"/>, <see cref="SeedMerger.FindSameSession"/> and
/// <see cref="SeedMerger.IsSameSession"/> (same parties, level and kind; then the same number, ordinal, period or
/// date), so that a review merge and a loader merge agree on what is the same fact.
/// </summary>
internal static class FactIdentity
{
    private const int MaxCandidates = 8;

    /// <summary>The identity of a fact of the graph, as a rejection remembers it (without who and when).</summary>
    public static Rejection Describe(GraphSeed seed, string factId, string reviewedBy, DateTimeOffset reviewedAt)
    {
        if (seed.Instruments.FirstOrDefault(instrument => instrument.Id == factId) is { } instrument)
        {
            return new Rejection
            {
                FactId = factId,
                Kind = instrument.Kind,
                Parties = [.. seed.Parties.Where(party => party.InstrumentId == factId).Select(party => $"{party.UnitId}:{EnumCodes.ToCode(party.Level)}").Order(StringComparer.Ordinal)],
                Number = instrument.Number,
                Date = instrument.SignedOn ?? LatestClaimedDate(seed, factId),
                PeriodStart = instrument.PeriodStart,
                PeriodEnd = instrument.PeriodEnd,
                ReviewedBy = reviewedBy,
                ReviewedAt = reviewedAt,
            };
        }

        var session = seed.Sessions.FirstOrDefault(session => session.Id == factId)
            ?? throw new ReviewException($"'{factId}' is neither an instrument nor a session of the graph");
        return new Rejection
        {
            FactId = factId,
            Kind = InstrumentKind.JointCommittee,
            Parties = [.. MembersOf(seed, session.MechanismId)],
            Date = session.HeldOn,
            Ordinal = session.Ordinal,
            ReviewedBy = reviewedBy,
            ReviewedAt = reviewedAt,
        };
    }

    /// <summary>
    /// The facts a reviewer may merge <paramref name="factId"/> into: first the one the same-fact rule names, then the
    /// other facts between the same units (any level or kind), those of the same kind and nearest in date first.
    /// </summary>
    public static IReadOnlyList<MergeCandidate> CandidatesFor(GraphSeed seed, string factId, PlaceNames names)
    {
        if (seed.Sessions.FirstOrDefault(session => session.Id == factId) is { } session)
        {
            var sameSession = SeedMerger.FindSameSession(seed, session);
            return [.. seed.Sessions
                .Where(other => other.Id != factId && other.MechanismId == session.MechanismId)
                .OrderByDescending(other => other.Id == sameSession)
                .ThenBy(other => Distance(other.HeldOn, session.HeldOn))
                .ThenBy(other => other.Id, StringComparer.Ordinal)
                .Take(MaxCandidates)
                .Select(other => new MergeCandidate(other.Id, SameFact: other.Id == sameSession, other.Id == sameSession ? "the same session of the same body" : "a session of the same body"))];
        }

        var instrument = seed.Instruments.FirstOrDefault(instrument => instrument.Id == factId)
            ?? throw new ReviewException($"'{factId}' is neither an instrument nor a session of the graph");
        var units = UnitsOf(seed, factId);
        var others = seed with { Instruments = [.. seed.Instruments.Where(other => other.Id != factId)] };
        var same = SeedMerger.FindSameInstrument(others, ProbeFor(seed, instrument), names);
        var date = instrument.SignedOn ?? LatestClaimedDate(seed, factId);
        return [.. others.Instruments
            .Where(other => other.Id == same || UnitsOf(seed, other.Id).SetEquals(units))
            .OrderByDescending(other => other.Id == same)
            .ThenByDescending(other => other.Kind == instrument.Kind)
            .ThenBy(other => Distance(other.SignedOn ?? (other.PeriodStart is { } year ? new DateOnly(year, 1, 1) : null), date))
            .ThenBy(other => other.Id, StringComparer.Ordinal)
            .Take(MaxCandidates)
            .Select(other => new MergeCandidate(
                other.Id,
                other.Id == same,
                other.Id == same ? "the same fact by the identity rule (parties, level, kind, number, period, date)" : other.Kind == instrument.Kind ? "same parties and kind" : "same parties"))];
    }

    /// <summary>
    /// The rejection that remembers <paramref name="relation"/>, if a reviewer rejected it or merged it into another
    /// fact: the same fact by the same-fact rule, sharing what identifies it (number, period, date or session
    /// ordinal) — a remembered fact that named none of these matches only relations that name none either.
    /// </summary>
    public static Rejection? RememberedAs(ImmutableArray<Rejection> rejections, ExtractedRelation relation, PlaceNames names)
    {
        ArgumentNullException.ThrowIfNull(relation);
        if (rejections.IsDefaultOrEmpty)
        {
            return null;
        }

        if (relation.Kind == InstrumentKind.JointCommittee && relation.Session is { } session)
        {
            var members = relation.PartyIds.Order(StringComparer.Ordinal).ToList();
            var extracted = new Session { Id = string.Empty, MechanismId = string.Empty, Ordinal = session.Ordinal, HeldOn = relation.SignedOn, Title = session.Mechanism };
            return rejections.FirstOrDefault(rejection => rejection.Kind == InstrumentKind.JointCommittee
                && rejection.Parties.Select(UnitOf).Order(StringComparer.Ordinal).SequenceEqual(members, StringComparer.Ordinal)
                && (SeedMerger.IsSameSession(extracted, new Session { Id = rejection.FactId, MechanismId = string.Empty, Ordinal = rejection.Ordinal, HeldOn = rejection.Date, Title = rejection.FactId })
                    || (session.Ordinal is null && relation.SignedOn is null && rejection.Ordinal is null && rejection.Date is null)));
        }

        var remembered = RememberedSeed(rejections);
        var same = SeedMerger.FindSameInstrument(remembered, relation, names);
        var rejection = same is null ? null : rejections.First(candidate => candidate.FactId == same);
        if (rejection is null)
        {
            return null;
        }

        var claimed = relation.Claims.Where(claim => claim.Field == ClaimFields.SignedOn).Select(claim => claim.Value).ToHashSet(StringComparer.Ordinal);
        var shares = (rejection.Number is not null && rejection.Number == relation.Number)
            || (rejection.PeriodStart is not null && rejection.PeriodStart == relation.PeriodStart && rejection.PeriodEnd == relation.PeriodEnd)
            || (rejection.Date is { } date && claimed.Contains(Format(date)));
        var neitherIdentified = !relation.HasDiscriminator && rejection.Number is null && rejection.PeriodStart is null && rejection.Date is null;
        return shares || neitherIdentified ? rejection : null;
    }

    /// <summary>A fact of the graph as a relation, so that the same-fact rule can compare it with the others.</summary>
    private static ExtractedRelation ProbeFor(GraphSeed seed, Instrument instrument)
    {
        var parties = seed.Parties.Where(party => party.InstrumentId == instrument.Id).ToList();
        var probe = new ExtractedRelation
        {
            Parties = [.. parties.Select(party => new ExtractedParty { UnitId = party.UnitId, Level = party.Level, Role = party.Role }).OrderBy(party => party.UnitId, StringComparer.Ordinal)],
            Kind = instrument.Kind,
            Level = Levels.Combine(parties.Select(party => party.Level)),
            Number = instrument.Number,
            PeriodStart = instrument.PeriodStart,
            PeriodEnd = instrument.PeriodEnd,
        };
        var anchor = new ExtractedEvidence(string.Empty, 0, 1);
        foreach (var date in ClaimedDates(seed, instrument.Id).Concat(instrument.SignedOn is { } signedOn ? [Format(signedOn)] : []).Distinct(StringComparer.Ordinal))
        {
            probe.Claims.Add(new ExtractedClaim(ClaimFields.SignedOn, date, anchor));
        }

        return probe;
    }

    /// <summary>The remembered facts as a graph the same-fact rule can search: instruments with their parties and date.</summary>
    private static GraphSeed RememberedSeed(ImmutableArray<Rejection> rejections)
    {
        var instruments = rejections.Where(rejection => rejection.Kind != InstrumentKind.JointCommittee || rejection.Parties.Any(party => party.Contains(':', StringComparison.Ordinal))).ToList();
        return new GraphSeed
        {
            Instruments = [.. instruments.Select(rejection => new Instrument
            {
                Id = rejection.FactId,
                Kind = rejection.Kind,
                Number = rejection.Number,
                Title = rejection.FactId,
                SignedOn = rejection.Date,
                PeriodStart = rejection.PeriodStart,
                PeriodEnd = rejection.PeriodEnd,
            })],
            Parties = [.. instruments.SelectMany(rejection => rejection.Parties.Select(party => new Party
            {
                InstrumentId = rejection.FactId,
                UnitId = UnitOf(party),
                Level = LevelOf(party),
            }))],
        };
    }

    private static IEnumerable<string> ClaimedDates(GraphSeed seed, string factId) =>
        seed.Evidence
            .Where(evidence => evidence.SubjectId == factId && evidence.Field == SeedValidator.SignedOnField && evidence.ClaimedBy is null && evidence.Value is not null)
            .Select(evidence => evidence.Value!);

    private static DateOnly? LatestClaimedDate(GraphSeed seed, string factId) =>
        ClaimedDates(seed, factId).Select(value => (DateOnly?)Parse(value)).Max();

    private static HashSet<string> UnitsOf(GraphSeed seed, string instrumentId) =>
        [.. seed.Parties.Where(party => party.InstrumentId == instrumentId).Select(party => party.UnitId)];

    private static IEnumerable<string> MembersOf(GraphSeed seed, string mechanismId) =>
        seed.MechanismMembers.Where(member => member.MechanismId == mechanismId).Select(member => member.UnitId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);

    private static string UnitOf(string party) => party.Split(':')[0];

    private static PartyLevel LevelOf(string party) =>
        party.Split(':') is [_, var code] && EnumCodes.TryParse(code, out PartyLevel level) ? level : PartyLevel.ProvincialGovernment;

    private static int Distance(DateOnly? a, DateOnly? b) =>
        a is { } x && b is { } y ? Math.Abs(x.DayNumber - y.DayNumber) : int.MaxValue;

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly Parse(string date) => DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>A fact a proposed one may be merged into, and why it is offered.</summary>
internal sealed record MergeCandidate(string Id, bool SameFact, string Reason);
