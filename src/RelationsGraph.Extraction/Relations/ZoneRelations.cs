using System.Globalization;
using RelationsGraph.Extraction.Text;
using RelationsGraph.Facts;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Extraction.Relations;

/// <summary>
/// Groups the mentions of one zone into relations and settles each relation: its units (the units the names denote on
/// the relation's date), its signing date (a day and month without a year is dated by the zone's reference date, or
/// left out), its level, status, background flag, confidence and links.
/// </summary>
internal static class ZoneRelations
{
    public static List<ExtractedRelation> Build(List<RelationMention> mentions, Zone zone, DateOnly today, IReadOnlyList<PendingPerson> floatingPeople, IReadOnlyList<PendingCommitment> floatingCommitments)
    {
        var clusters = Group(mentions);

        // Undated statements of an undated article belong to the time of its dated events, not to today.
        var zoneDate = zone.ReferenceDate ?? clusters.Select(cluster => ClaimedDate(cluster, zone)).Where(date => date is not null).Max();
        zone = zone with { FallbackDate = zoneDate };
        var relations = new Dictionary<Cluster, ExtractedRelation>();
        foreach (var cluster in clusters)
        {
            relations[cluster] = Resolve(cluster, zone, today);
        }

        // People and pledges of sentences that name no relation belong to the zone's main relation: its first named,
        // current instrument.
        var main = clusters
            .OrderBy(cluster => relations[cluster].Kind is InstrumentKind.Visit or InstrumentKind.Other)
            .ThenBy(cluster => relations[cluster].Background)
            .ThenBy(cluster => cluster.Mentions.Min(mention => mention.Order))
            .FirstOrDefault();
        if (main is not null)
        {
            var relation = relations[main];
            var date = UnitDate(main, zone, today);
            AddPeople(relation, floatingPeople, date);
            AddCommitments(relation, floatingCommitments, date);
        }

        foreach (var cluster in clusters)
        {
            foreach (var mention in cluster.Mentions)
            {
                foreach (var (type, target) in mention.Anchor.Links)
                {
                    var targetCluster = clusters.FirstOrDefault(other => other.Holds(target));
                    if (targetCluster is not null && targetCluster != cluster)
                    {
                        var from = relations[cluster];
                        var to = relations[targetCluster];
                        if (!from.Links.Any(link => link.Type == type && link.Target == to))
                        {
                            from.Links.Add((type, to));
                        }
                    }
                }
            }
        }

        var result = clusters.Select(cluster => relations[cluster]).ToList();
        MarkReplacedAsBackground(result);
        return AbsorbWeak(result, clusters.Select(cluster => (relations[cluster], cluster.OwnDate)).ToDictionary(pair => pair.Item1, pair => pair.OwnDate));
    }

    private static List<Cluster> Group(List<RelationMention> mentions)
    {
        var clusters = new List<Cluster>();

        // Only a cluster of the same parties, level and kind accepts a mention, and of those with a number only the
        // ones with the mention's number: looked up, not scanned, so that many distinct relations group in linear time.
        var unnumbered = new Dictionary<(string, PartyLevel, InstrumentKind), List<Cluster>>();
        var numbered = new Dictionary<(string, PartyLevel, InstrumentKind), Dictionary<string, List<Cluster>>>();
        var plans = new Dictionary<string, Cluster>(StringComparer.Ordinal);
        foreach (var mention in mentions.OrderBy(mention => mention.Order))
        {
            var partyKey = mention.PartyKey;
            if (mention.Anchor.Cue.RefersToDocument && mention.Anchor.Number is null)
            {
                // "Kế hoạch này", "the plan": the document's own plan, whatever organisations the sentence names.
                if (plans.TryGetValue(partyKey, out var plan))
                {
                    mention.EvidenceOnly = true;
                    plan.Add(mention);
                }

                continue;
            }

            var key = (partyKey, mention.Level, mention.Kind);
            if (!unnumbered.TryGetValue(key, out var withoutNumber))
            {
                unnumbered[key] = withoutNumber = [];
                numbered[key] = new Dictionary<string, List<Cluster>>(StringComparer.Ordinal);
            }

            var byNumber = numbered[key];
            var candidates = mention.Anchor.Number is { } number
                ? withoutNumber.Concat(byNumber.GetValueOrDefault(number) ?? [])
                : withoutNumber.Concat(byNumber.Values.SelectMany(list => list));
            var compatible = candidates.Where(cluster => cluster.Accepts(mention)).ToList();
            var target = compatible.Where(cluster => cluster.SharesDiscriminator(mention)).MaxBy(cluster => cluster.LastOrder)
                ?? compatible.MaxBy(cluster => cluster.LastOrder);
            var isNew = target is null;
            if (target is null)
            {
                target = new Cluster(partyKey, mention.Level, mention.Kind);
                clusters.Add(target);
                if (target.Kind == InstrumentKind.Plan)
                {
                    plans.TryAdd(partyKey, target);
                }
            }

            var hadNumber = target.Number is not null;
            target.Add(mention);
            if (target.Number is { } clusterNumber && !hadNumber)
            {
                if (!isNew)
                {
                    withoutNumber.Remove(target);
                }

                if (!byNumber.TryGetValue(clusterNumber, out var sameNumber))
                {
                    byNumber[clusterNumber] = sameNumber = [];
                }

                sameNumber.Add(target);
            }
            else if (isNew && target.Number is null)
            {
                withoutNumber.Add(target);
            }
        }

        return clusters;
    }

    private static ExtractedRelation Resolve(Cluster cluster, Zone zone, DateOnly today)
    {
        var claims = new List<ExtractedClaim>();
        var claimed = new HashSet<ExtractedClaim>();
        var stating = cluster.Mentions.Where(mention => !mention.EvidenceOnly).ToList();
        foreach (var mention in stating)
        {
            if (mention.Date is { Day: not null } date)
            {
                var resolved = date.ToDate()
                    ?? (zone.ReferenceDate is { } reference ? date.ResolveWith(reference, zone.Source == RelationSource.Article ? 7 : 0) : null);
                if (resolved is { } value)
                {
                    var claim = new ExtractedClaim(ClaimFields.SignedOn, value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), mention.Evidence);
                    if (claimed.Add(claim))
                    {
                        claims.Add(claim);
                    }
                }
            }
        }

        var parties = cluster.Mentions.Where(mention => !mention.EvidenceOnly).SelectMany(mention => mention.Parties).GroupBy(party => party.Key, StringComparer.Ordinal).ToList();
        var unitDate = UnitDate(cluster, zone, today);

        var resolvedParties = new Dictionary<string, ExtractedParty>(StringComparer.Ordinal);
        foreach (var group in parties)
        {
            var reference = group.First();
            var level = Levels.Combine(group.Select(party => party.Level ?? PartyLevel.ProvincialGovernment));
            var unit = Choose(reference, unitDate);
            var organisation = group.Select(party => party.Organisation).FirstOrDefault(text => text is not null);
            var party = new ExtractedParty { UnitId = unit.Id, Level = level, Role = PartyRole.Signatory, Organisation = organisation };
            if (resolvedParties.TryGetValue(unit.Id, out var existing))
            {
                party = existing with { Level = Levels.Combine([existing.Level, level]), Organisation = existing.Organisation ?? organisation };
            }

            resolvedParties[unit.Id] = party;
        }

        var countries = resolvedParties.Values.ToDictionary(party => party.UnitId, party => CountryOf(cluster, party.UnitId), StringComparer.Ordinal);
        var ordered = resolvedParties.Values
            .Select(party => party with { Role = RoleOf(cluster.Kind, countries[party.UnitId]) })
            .OrderBy(party => party.UnitId, StringComparer.Ordinal)
            .ToList();

        var relation = new ExtractedRelation
        {
            Parties = ordered,
            Kind = cluster.Kind,
            Level = Levels.Combine(ordered.Select(party => party.Level)),
            Number = stating.Select(mention => mention.Anchor.Number).FirstOrDefault(number => number is not null),
            Status = stating.All(mention => mention.Anchor.Planned) ? InstrumentStatus.Planned : InstrumentStatus.Concluded,
            Background = stating.All(mention => mention.Anchor.Background && !mention.InTitle),
            Source = zone.Source,
        };
        if (stating.Select(mention => mention.Anchor.Period).FirstOrDefault(period => period is not null) is { } period)
        {
            relation.PeriodStart = period.From;
            relation.PeriodEnd = period.To;
        }

        if (cluster.Kind == InstrumentKind.JointCommittee)
        {
            var session = cluster.Mentions.Select(mention => mention.Anchor).FirstOrDefault(anchor => anchor.Ordinal is not null) ?? cluster.Mentions[0].Anchor;
            var mode = cluster.Mentions.Select(mention => mention.Anchor.Mode).FirstOrDefault(value => value != SessionMode.Unknown);
            relation.Session = new ExtractedSession(session.Mechanism ?? string.Empty, session.Ordinal, mode);
        }

        foreach (var mention in cluster.Mentions)
        {
            relation.Evidence.Add(mention.Evidence);
            foreach (var field in mention.Fields)
            {
                relation.Fields.Add(field);
            }
        }

        relation.Claims.AddRange(claims);
        foreach (var mention in cluster.Mentions)
        {
            AddPeople(relation, mention.People, unitDate);
            AddCommitments(relation, mention.Commitments, unitDate);
        }

        relation.Confidence = Confidence(relation, cluster);
        return relation;
    }

    /// <summary>
    /// The date on which the relation's names are resolved: its claimed date, else the zone's reference date, else the
    /// day before a named unit ceased to exist, else today.
    /// </summary>
    private static DateOnly UnitDate(Cluster cluster, Zone zone, DateOnly today)
    {
        if (ClaimedDate(cluster, zone) is { } claimed)
        {
            return claimed;
        }

        var parties = cluster.Mentions.Where(mention => !mention.EvidenceOnly).SelectMany(mention => mention.Parties);
        return zone.ReferenceDate ?? zone.FallbackDate ?? EndedBefore(parties) ?? today;
    }

    private static DateOnly? ClaimedDate(Cluster cluster, Zone zone) =>
        cluster.Mentions
            .Where(mention => !mention.EvidenceOnly && mention.Date is { Day: not null })
            .Select(mention => mention.Date!.ToDate() ?? (zone.ReferenceDate is { } reference ? mention.Date.ResolveWith(reference, zone.Source == RelationSource.Article ? 7 : 0) : null))
            .Where(date => date is not null)
            .Max();

    private static void AddPeople(ExtractedRelation relation, IEnumerable<PendingPerson> people, DateOnly date) =>
        MergePeople(relation, people.Select(person => new ExtractedPerson(person.Name, person.Title, person.Role, person.Unit is { } unit ? Choose(unit, date).Id : null, person.Evidence)));

    /// <summary>One entry per person: a signing outranks attendance, and a known title or unit is kept.</summary>
    public static void MergePeople(ExtractedRelation relation, IEnumerable<ExtractedPerson> people)
    {
        foreach (var person in people)
        {
            var index = relation.People.FindIndex(known => known.Name == person.Name);
            if (index < 0)
            {
                relation.People.Add(person);
                continue;
            }

            var known = relation.People[index];
            if (person.Role == PersonRoleKind.Signatory && known.Role != PersonRoleKind.Signatory)
            {
                relation.People[index] = person with { Title = person.Title ?? known.Title, UnitId = person.UnitId ?? known.UnitId };
            }
        }
    }

    /// <summary>A pledge whose giver or receiver the clause does not name goes between the relation's two sides.</summary>
    private static void AddCommitments(ExtractedRelation relation, IEnumerable<PendingCommitment> commitments, DateOnly date)
    {
        var vietnamese = relation.Parties.FirstOrDefault(party => party.UnitId.StartsWith("VN-", StringComparison.Ordinal))?.UnitId;
        var foreign = relation.Parties.FirstOrDefault(party => !party.UnitId.StartsWith("VN-", StringComparison.Ordinal))?.UnitId;
        foreach (var commitment in commitments)
        {
            var from = commitment.From is { } giver ? Choose(giver, date).Id : null;
            var to = commitment.To is { } receiver ? Choose(receiver, date).Id : null;
            if (from is null && to is null)
            {
                from = vietnamese;
                to = commitment.Kind == CommitmentKind.Budget ? null : foreign;
            }
            else if (from is null)
            {
                from = to == vietnamese ? foreign : vietnamese;
            }
            else if (to is null && commitment.Kind != CommitmentKind.Budget)
            {
                to = from == vietnamese ? foreign : vietnamese;
            }

            var extracted = new ExtractedCommitment
            {
                Kind = commitment.Kind,
                Amount = commitment.Amount,
                Unit = commitment.Unit,
                FromId = from,
                ToId = to == from ? null : to,
                Years = commitment.Years.Count > 0 ? [.. commitment.Years] : [],
                Description = commitment.Description,
                Evidence = commitment.Evidence,
            };
            if (!relation.Commitments.Exists(known => known.Kind == extracted.Kind && known.Amount == extracted.Amount && known.Unit == extracted.Unit && known.Evidence == extracted.Evidence))
            {
                relation.Commitments.Add(extracted);
            }
        }
    }

    private static string CountryOf(Cluster cluster, string unitId) =>
        cluster.Mentions.SelectMany(mention => mention.Parties).SelectMany(party => party.Candidates).First(unit => unit.Id == unitId).Country.Code;

    private static PartyRole RoleOf(InstrumentKind kind, string country) => kind switch
    {
        InstrumentKind.Plan => country == "VN" ? PartyRole.Issuer : PartyRole.Counterpart,
        InstrumentKind.Award => country == "VN" ? PartyRole.Recipient : PartyRole.Presenter,
        _ => PartyRole.Signatory,
    };

    /// <summary>
    /// Confidence: a named instrument in the article 0.9 (0.95 with a date, period or number), a visit or unnamed
    /// cooperation 0.75; anything read from a related-news headline 0.6, or 0.5 for a visit or unnamed cooperation.
    /// </summary>
    private static double Confidence(ExtractedRelation relation, Cluster cluster)
    {
        var weak = relation.Kind is InstrumentKind.Visit or InstrumentKind.Other;
        if (relation.Source != RelationSource.Article)
        {
            return weak ? 0.5 : 0.6;
        }

        if (weak)
        {
            return 0.75;
        }

        var discriminated = relation.Number is not null || relation.PeriodStart is not null || cluster.Mentions.Any(mention => mention.Date is not null);
        return discriminated ? 0.95 : 0.9;
    }

    /// <summary>
    /// The unit a name denotes on a date: one valid then, in the country the text points at, a first-level unit
    /// unless a district is meant, in Vietnam when the name is shared, then the lowest id.
    /// </summary>
    public static UnitNode Choose(PartyRef party, DateOnly date)
    {
        IEnumerable<UnitNode> candidates = party.Candidates;
        var valid = party.Candidates.Where(unit => unit.IsValidOn(date)).ToList();
        if (valid.Count > 0)
        {
            candidates = valid;
        }

        return candidates
            .OrderByDescending(unit => party.CountryHint is not null && unit.Country.Code == party.CountryHint)
            .ThenByDescending(unit => party.IsDistrict ? !unit.IsFirstLevel : unit.IsFirstLevel)
            .ThenByDescending(unit => unit.Country.Code == "VN")
            .ThenBy(unit => unit.Id, StringComparer.Ordinal)
            .First();
    }

    /// <summary>
    /// A relation that names a unit which no longer exists happened before it ceased to exist: the other names are
    /// resolved as of that day (Quang Tri next to Quang Binh is the pre-2025 Quang Tri).
    /// </summary>
    private static DateOnly? EndedBefore(IEnumerable<PartyRef> parties)
    {
        DateOnly? bound = null;
        foreach (var party in parties)
        {
            if (party.Candidates.All(unit => unit.Unit.ValidTo is not null))
            {
                var end = party.Candidates.Max(unit => unit.Unit.ValidTo!.Value);
                bound = bound is null || end < bound ? end : bound;
            }
        }

        return bound;
    }

    private static void MarkReplacedAsBackground(List<ExtractedRelation> relations)
    {
        foreach (var relation in relations)
        {
            foreach (var (type, target) in relation.Links)
            {
                if (type is LinkType.Replaces or LinkType.Renews && !relation.Background)
                {
                    target.Background = true;
                }
            }
        }
    }

    /// <summary>
    /// A visit or unnamed cooperation of parties that also sign a named instrument in the same zone is the occasion of
    /// that instrument, not a relation of its own, unless it has a date of its own that differs.
    /// </summary>
    private static List<ExtractedRelation> AbsorbWeak(List<ExtractedRelation> relations, Dictionary<ExtractedRelation, DateMention?> ownDates)
    {
        var concrete = relations.Where(relation => relation.Kind is not (InstrumentKind.Visit or InstrumentKind.Other)).ToList();
        var datedVisits = relations.Where(relation => relation.Kind == InstrumentKind.Visit && ownDates[relation]?.Month is not null).ToList();
        var result = new List<ExtractedRelation>();
        foreach (var relation in relations)
        {
            if (relation.Kind is InstrumentKind.Visit or InstrumentKind.Other)
            {
                var ids = relation.PartyIds.ToHashSet(StringComparer.Ordinal);
                var ownDate = ownDates[relation];
                var target = concrete
                    .Where(candidate => ids.IsSubsetOf(candidate.PartyIds) && (ownDate is null || SameDate(ownDates[candidate], ownDate)))
                    .OrderByDescending(candidate => ownDate is not null && SameDate(ownDates[candidate], ownDate))
                    .ThenBy(candidate => candidate.Background)
                    .FirstOrDefault();

                // Undated cooperation of the parties of a dated visit is that visit.
                target ??= ownDate is null
                    ? datedVisits.FirstOrDefault(candidate => candidate != relation && ids.IsSubsetOf(candidate.PartyIds))
                    : null;
                if (target is not null)
                {
                    foreach (var evidence in relation.Evidence)
                    {
                        target.Evidence.Add(evidence);
                    }

                    foreach (var field in relation.Fields)
                    {
                        target.Fields.Add(field);
                    }

                    MergePeople(target, relation.People);
                    target.Commitments.AddRange(relation.Commitments.Where(commitment => !target.Commitments.Contains(commitment)));
                    relation.MergedInto = target;
                    continue;
                }
            }

            result.Add(relation);
        }

        return result;
    }

    private static bool SameDateOrBothUndated(DateMention? a, DateMention? b) =>
        (a?.Month is null && b?.Month is null) || SameDate(a, b);

    private static bool SameDate(DateMention? a, DateMention? b) =>
        a is not null && b is not null && a.Day == b.Day && a.Month == b.Month && (a.Year is null || b.Year is null || a.Year == b.Year);

    /// <summary>The mentions of one relation within a zone.</summary>
    /// <remarks>
    /// What identifies the cluster (the first number, period and dates of its mentions, the anchors it holds and those
    /// they link to) is kept as mentions are added, so that accepting a mention never rescans the cluster: a text
    /// repeating one statement thousands of times is grouped in linear time.
    /// </remarks>
    private sealed class Cluster(string partyKey, PartyLevel level, InstrumentKind kind)
    {
        private readonly HashSet<Anchor> _anchors = [];
        private readonly HashSet<Anchor> _linkTargets = [];

        public string PartyKey { get; } = partyKey;

        public PartyLevel Level { get; } = level;

        public InstrumentKind Kind { get; } = kind;

        public List<RelationMention> Mentions { get; } = [];

        public int LastOrder { get; private set; } = -1;

        public DateMention? OwnDate { get; private set; }

        public string? Number { get; private set; }

        private PeriodMention? Period { get; set; }

        private DateMention? Day { get; set; }

        private int? Ordinal { get; set; }

        public bool Holds(Anchor anchor) => _anchors.Contains(anchor);

        public void Add(RelationMention mention)
        {
            Mentions.Add(mention);
            var anchor = mention.Anchor;
            _anchors.Add(anchor);
            foreach (var (_, target) in anchor.Links)
            {
                _linkTargets.Add(target);
            }

            LastOrder = Math.Max(LastOrder, mention.Order);
            OwnDate ??= mention.Date?.Month is not null ? mention.Date : null;
            Number ??= anchor.Number;
            Period ??= anchor.Period;
            Day ??= mention.Date?.Day is not null ? mention.Date : null;
            Ordinal ??= anchor.Ordinal;
        }

        public bool Accepts(RelationMention mention)
        {
            if (mention.PartyKey != PartyKey || mention.Level != Level || mention.Kind != Kind)
            {
                return false;
            }

            // An instrument is not the one it replaces, renews or implements.
            if (_linkTargets.Contains(mention.Anchor) || mention.Anchor.Links.Exists(link => _anchors.Contains(link.Target)))
            {
                return false;
            }

            var anchor = mention.Anchor;
            if (Number is { } number && anchor.Number is { } other)
            {
                return number == other;
            }

            if (Period is { } period && anchor.Period is { } otherPeriod && (period.From != otherPeriod.From || period.To != otherPeriod.To))
            {
                return false;
            }

            if (Number is null && anchor.Number is null && Day is { } day && anchor.Date is { Day: not null } otherDay && !SameDate(day, otherDay))
            {
                return false;
            }

            // Visits and unnamed cooperation carry no number or period: only mentions on the same day (or all undated) are one event.
            if (Kind is InstrumentKind.Visit or InstrumentKind.Other && !SameDateOrBothUndated(OwnDate, mention.Date))
            {
                return false;
            }

            return !(Kind == InstrumentKind.JointCommittee
                && Ordinal is { } ordinal
                && anchor.Ordinal is { } otherOrdinal && ordinal != otherOrdinal);
        }

        public bool SharesDiscriminator(RelationMention mention)
        {
            var anchor = mention.Anchor;
            return (Number is not null && Number == anchor.Number)
                || (Period is { } period && anchor.Period is { } other && period.From == other.From && period.To == other.To)
                || (Day is { } day && anchor.Date is { Day: not null } otherDay && SameDate(day, otherDay));
        }
    }
}
