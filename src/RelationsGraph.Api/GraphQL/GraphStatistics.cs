using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using RelationsGraph.Facts;
using RelationsGraph.Partnerships;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Api.GraphQL;

/// <summary>
/// The largest list of each kind in one snapshot: what the complexity estimate multiplies by where a list field has
/// no 'first' argument. Largest, not average, so that the estimate bounds what a query can cost on this graph.
/// Computed once per snapshot, on first use.
/// </summary>
internal sealed record GraphStatistics
{
    private static readonly ConditionalWeakTable<RelationSnapshot, GraphStatistics> BySnapshot = [];

    public int Units { get; init; }

    public int Countries { get; init; }

    public int Documents { get; init; }

    public int Mechanisms { get; init; }

    public int Conflicts { get; init; }

    public int Fields { get; init; }

    public int UnitsPerCountry { get; init; }

    /// <summary>Units of each country, by ISO code: the bound of a list asked for one country.</summary>
    public IReadOnlyDictionary<string, int> UnitsByCountry { get; init; } = new Dictionary<string, int>();

    /// <summary>Partnerships of the units of each country, by ISO code.</summary>
    public IReadOnlyDictionary<string, int> PartnershipsByCountry { get; init; } = new Dictionary<string, int>();

    /// <summary>Instruments a unit or one of its districts is party to.</summary>
    public int InstrumentsPerUnit { get; init; }

    /// <summary>Distinct units of other countries a unit shares an instrument or a mechanism with.</summary>
    public int PartnersPerUnit { get; init; }

    /// <summary>Instruments shared by one pair of units.</summary>
    public int InstrumentsPerPair { get; init; }

    /// <summary>Partnerships of all units of one country.</summary>
    public int PartnershipsPerCountry { get; init; }

    public int CommitmentsPerUnit { get; init; }

    public int EvidencePerDocument { get; init; }

    public int MembersPerMechanism { get; init; }

    public int PartiesPerInstrument { get; init; }

    /// <summary>Evidence spans of one instrument, commitment or mechanism.</summary>
    public int EvidencePerFact { get; init; }

    public int FieldsPerInstrument { get; init; }

    public int PeoplePerInstrument { get; init; }

    public int CommitmentsPerInstrument { get; init; }

    /// <summary>Every partnership the graph holds whatever the caller's policy: all kinds, any confidence, unreviewed included.</summary>
    private static readonly PartnershipFilter Widest = new()
    {
        Policy = PartnershipPolicy.Widest with { Kinds = Enum.GetValues<InstrumentKind>() },
    };

    /// <summary>The bounds of each country's partnerships, by partner country; made for a country when first asked.</summary>
    private readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, PartnershipBounds>> _partnershipBounds = new(StringComparer.Ordinal);

    private RelationSnapshot? _snapshot;

    public static GraphStatistics Of(RelationSnapshot snapshot) => BySnapshot.GetValue(snapshot, Compute);

    /// <summary>
    /// The largest lists of the all-time partnerships between the provinces of two countries (given as codes or names),
    /// or null when either is not a country of this graph. Taken from the widest answer the graph holds (every kind, any
    /// confidence, unreviewed facts included, every level): a caller's policy, levels and minPartners only leave ties
    /// out, so no all-time answer for the two countries has a longer list. An as-of date attributes ties to other
    /// units, which these bounds do not follow.
    /// </summary>
    public PartnershipBounds? PartnershipsBetween(object? country, object? partnerCountry)
    {
        if (_snapshot is not { } snapshot || country is not string given || partnerCountry is not string givenPartner
            || ResolveContextExtensions.CountryCode(snapshot, given) is not { } code
            || ResolveContextExtensions.CountryCode(snapshot, givenPartner) is not { } partnerCode)
        {
            return null;
        }

        var byPartnerCountry = _partnershipBounds.GetOrAdd(code, static (code, snapshot) => ComputePartnershipBounds(snapshot, code), snapshot);
        return byPartnerCountry.GetValueOrDefault(partnerCode, PartnershipBounds.None);
    }

    private static Dictionary<string, PartnershipBounds> ComputePartnershipBounds(RelationSnapshot snapshot, string country)
    {
        var bounds = new Dictionary<string, PartnershipBounds>(StringComparer.Ordinal);
        var partnersIn = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var province in snapshot.ProvincesWithSeveralPartners(country, minPartners: 1, Widest))
        {
            partnersIn.Clear();
            foreach (var partnership in province.Partners)
            {
                var code = partnership.Partner.Country.Code;
                partnersIn[code] = partnersIn.GetValueOrDefault(code) + 1;
                var evidence = 0;
                foreach (var instrument in partnership.Instruments)
                {
                    evidence = Math.Max(evidence, instrument.Evidence.Count);
                }

                var current = bounds.GetValueOrDefault(code, PartnershipBounds.None);
                bounds[code] = current with
                {
                    InstrumentsPerPartnership = Math.Max(current.InstrumentsPerPartnership, partnership.Instruments.Count),
                    EvidencePerInstrument = Math.Max(current.EvidencePerInstrument, evidence),
                };
            }

            foreach (var (code, partners) in partnersIn)
            {
                var current = bounds[code];
                bounds[code] = current with { Provinces = current.Provinces + 1, PartnersPerProvince = Math.Max(current.PartnersPerProvince, partners) };
            }
        }

        return bounds;
    }

    /// <summary>Units of the country given as a code, or of the largest country when none (or an unknown one) is given.</summary>
    public int UnitsIn(object? country) =>
        country is string code && UnitsByCountry.TryGetValue(code.Trim(), out var units) ? units : UnitsPerCountry;

    /// <summary>Partnerships of the country given as a code, or of the country with the most when none is given.</summary>
    public int PartnershipsIn(object? country) =>
        country is string code && PartnershipsByCountry.TryGetValue(code.Trim(), out var partnerships) ? partnerships : PartnershipsPerCountry;

    private static int Largest<T>(IReadOnlyList<T> items, Func<T, int> size)
    {
        var largest = 0;
        foreach (var item in items)
        {
            largest = Math.Max(largest, size(item));
        }

        return largest;
    }

    private static GraphStatistics Compute(RelationSnapshot snapshot)
    {
        var partners = new HashSet<UnitNode>();
        var perPair = new Dictionary<UnitNode, int>();
        var partnersPerUnit = 0;
        var instrumentsPerPair = 0;
        var instrumentsPerUnit = 0;
        var partnershipsPerCountry = new Dictionary<CountryNode, int>();
        foreach (var unit in snapshot.Units)
        {
            partners.Clear();
            perPair.Clear();
            var instruments = 0;
            for (var m = -1; m < unit.Children.Count; m++)
            {
                var member = m < 0 ? unit : unit.Children[m];
                instruments += member.Parties.Count;
                foreach (var party in member.Parties)
                {
                    foreach (var other in party.Instrument.Parties)
                    {
                        var partner = other.Unit.FirstLevel;
                        if (partner.Country != unit.Country)
                        {
                            partners.Add(partner);
                            perPair[partner] = perPair.GetValueOrDefault(partner) + 1;
                        }
                    }
                }

                foreach (var membership in member.Memberships)
                {
                    foreach (var other in membership.Mechanism.Members)
                    {
                        if (other.Unit.Country != unit.Country)
                        {
                            partners.Add(other.Unit.FirstLevel);
                        }
                    }
                }
            }

            instrumentsPerUnit = Math.Max(instrumentsPerUnit, instruments);
            partnersPerUnit = Math.Max(partnersPerUnit, partners.Count);
            instrumentsPerPair = Math.Max(instrumentsPerPair, perPair.Count == 0 ? 0 : perPair.Values.Max());
            partnershipsPerCountry[unit.Country] = partnershipsPerCountry.GetValueOrDefault(unit.Country) + partners.Count;
        }

        var commitments = snapshot.Commitments
            .SelectMany(commitment => new[] { commitment.From, commitment.To })
            .OfType<UnitNode>()
            .GroupBy(unit => unit)
            .Select(group => group.Count())
            .DefaultIfEmpty(0)
            .Max();

        return new GraphStatistics
        {
            _snapshot = snapshot,
            Units = snapshot.Units.Count,
            Countries = snapshot.Countries.Count,
            Documents = snapshot.Documents.Count,
            Mechanisms = snapshot.Mechanisms.Count,
            Conflicts = snapshot.Conflicts.Count,
            Fields = snapshot.Fields.Count,
            UnitsPerCountry = snapshot.Countries.Select(country => country.Units.Count).DefaultIfEmpty(0).Max(),
            UnitsByCountry = snapshot.Countries.ToDictionary(country => country.Code, country => country.Units.Count, StringComparer.OrdinalIgnoreCase),
            PartnershipsByCountry = partnershipsPerCountry.ToDictionary(pair => pair.Key.Code, pair => pair.Value, StringComparer.OrdinalIgnoreCase),
            InstrumentsPerUnit = instrumentsPerUnit,
            PartnersPerUnit = partnersPerUnit,
            InstrumentsPerPair = instrumentsPerPair,
            PartnershipsPerCountry = partnershipsPerCountry.Values.DefaultIfEmpty(0).Max(),
            CommitmentsPerUnit = commitments,
            EvidencePerDocument = snapshot.Documents.Select(document => document.Evidence.Count).DefaultIfEmpty(0).Max(),
            MembersPerMechanism = snapshot.Mechanisms.Select(mechanism => mechanism.Members.Count).DefaultIfEmpty(0).Max(),
            PartiesPerInstrument = Largest(snapshot.Instruments, instrument => instrument.Parties.Count),
            EvidencePerFact = Math.Max(
                Largest(snapshot.Instruments, instrument => instrument.Evidence.Count),
                Math.Max(Largest(snapshot.Commitments, commitment => commitment.Evidence.Count), Largest(snapshot.Mechanisms, mechanism => mechanism.Evidence.Count))),
            FieldsPerInstrument = Largest(snapshot.Instruments, instrument => instrument.Fields.Count),
            PeoplePerInstrument = Largest(snapshot.Instruments, instrument => instrument.People.Count),
            CommitmentsPerInstrument = Largest(snapshot.Instruments, instrument => instrument.Commitments.Count),
        };
    }
}

/// <summary>
/// The largest lists of the partnerships between the provinces of two countries: provinces with a partner in the other
/// country, partners of one province there, instruments of one partnership, evidence spans of one of those instruments.
/// </summary>
internal sealed record PartnershipBounds(int Provinces, int PartnersPerProvince, int InstrumentsPerPartnership, int EvidencePerInstrument)
{
    public static readonly PartnershipBounds None = new(0, 0, 0, 0);
}
