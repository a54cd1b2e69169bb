using System.Globalization;
using RelationsGraph.Extraction.Identity;
using RelationsGraph.Extraction.Rules;
using RelationsGraph.Extraction.Text;
using RelationsGraph.Facts;
using RelationsGraph.Gazetteer;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Extraction.Relations;

/// <summary>
/// Groups the mentions of one zone into relations, one per event (<see cref="EventAssembly"/>), and settles each
/// relation: its kind, its units (the units the names denote on the relation's date), its signing date (a day and
/// month without a year is dated by the zone's reference date, or left out), its level, status, background flag,
/// confidence, people, pledges and links.
/// </summary>
internal static class ZoneRelations
{
    public static List<ExtractedRelation> Build(List<RelationMention> mentions, Zone zone, DateOnly today, IReadOnlyList<PendingPerson> floatingPeople, IReadOnlyList<PendingCommitment> floatingCommitments, ExtractionRules rules)
    {
        var clusters = Group(mentions, zone, rules);

        // Undated statements of an undated article belong to the time of its dated events, not to today.
        var zoneDate = zone.ReferenceDate ?? clusters.Select(cluster => ClaimedDate(cluster.Stating, zone)).Where(date => date is not null).Max();
        zone = zone with { FallbackDate = zoneDate };
        var (events, leftovers) = EventAssembly.Assemble(clusters);
        var zonePeople = floatingPeople.Concat(leftovers.SelectMany(mention => mention.People)).ToList();
        var zoneCommitments = floatingCommitments.Concat(leftovers.SelectMany(mention => mention.Commitments)).ToList();
        var relations = new Dictionary<MentionCluster, ExtractedRelation>();
        foreach (var cluster in events)
        {
            relations[cluster] = Resolve(cluster, zone, today, rules);
        }

        // People and pledges of sentences that name no relation belong to the zone's main relation: its first named,
        // current instrument.
        var main = events
            .OrderBy(cluster => rules.Kinds[relations[cluster].Kind].IsWeak)
            .ThenBy(cluster => relations[cluster].Background)
            .ThenBy(cluster => cluster.FirstOrder)
            .FirstOrDefault();
        if (main is not null)
        {
            var relation = relations[main];
            var date = UnitDate(main, zone, today);
            AddPeople(relation, zonePeople, date);
            AddCommitments(relation, zoneCommitments, date);
        }

        foreach (var cluster in events)
        {
            foreach (var mention in cluster.Mentions)
            {
                foreach (var (type, target) in mention.Anchor.Links)
                {
                    var targetCluster = events.FirstOrDefault(other => other.States(target));
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

        var result = events.Select(cluster => relations[cluster]).ToList();
        MarkSupersededAsBackground(result);
        return result;
    }

    /// <summary>Groups the mentions of one relation: same names, level and kind, and nothing that tells them apart.</summary>
    private static List<MentionCluster> Group(List<RelationMention> mentions, Zone zone, ExtractionRules rules)
    {
        var clusters = new List<MentionCluster>();
        foreach (var mention in mentions.OrderBy(mention => mention.Order))
        {
            var partyKey = mention.PartyKey;
            if (mention.Anchor.Cue.RefersToDocument && mention.Anchor.Number is null)
            {
                // "Kế hoạch này", "the plan": the document's own plan, whatever organisations the sentence names.
                var plan = clusters.FirstOrDefault(cluster => cluster.Kind == InstrumentKind.Plan && cluster.Mentions[0].PartyKey == mention.PartyKey);
                if (plan is not null)
                {
                    mention.EvidenceOnly = true;
                    plan.Add(mention);
                }

                continue;
            }

            var keys = KeysOf(mention, zone);
            // A visit is identified by its date only: in a zone, visits on different days, or one dated and one not, are
            // grouped apart (the assembly then joins an undated statement to the event it belongs to). The content of a
            // past signing (FollowPastInstrument) is grouped apart too: it is not the cooperation the news reports.
            var candidates = clusters
                .Where(cluster => cluster.Kind == mention.Kind && cluster.Level == mention.Level && cluster.Mentions[0].PartyKey == mention.PartyKey && cluster.IsPartial == mention.Partial
                    && !cluster.IsLinkedTo(mention.Anchor)
                    && !SignedAfterBackground(cluster, mention)
                    && (!cluster.IsWeak || ((cluster.OwnDate is { } own ? mention.Date?.Month is not null && SameDate(own, mention.Date) : mention.Date?.Month is null)
                        && cluster.Mentions[0].Anchor.ContentOfPast == mention.Anchor.ContentOfPast)))
                .OrderBy(cluster => cluster.LastOrder)
                .ToList();
            if (FactIdentity.FindMatch(keys, [.. candidates.Select(cluster => cluster.Keys)], FactScope.Zone) is { } index)
            {
                candidates[index].Add(mention);
                candidates[index].Keys.UnionWith(keys);
            }
            else
            {
                clusters.Add(new MentionCluster(mention, keys, rules.Kinds));
            }
        }

        return clusters;
    }

    /// <summary>
    /// A signing the text reports as done now, naming no period or number ("leaders sign the minutes of the session"),
    /// is not the earlier instrument of the same kind that the text named by its period and so far only reviews or
    /// recalls ("evaluated the cooperation minutes for the 2022-2024 period"). Without that period the two may well be
    /// one signing told twice, as they are grouped otherwise.
    /// </summary>
    private static bool SignedAfterBackground(MentionCluster cluster, RelationMention mention) =>
        mention.Anchor is { Signed: true, Background: false, Planned: false, Period: null, Number: null } && !mention.InTitle
        && cluster.Keys.Periods.Count > 0 && cluster.IsBackground;

    private static bool SameDate(DateMention a, DateMention b) =>
        a.Month == b.Month && a.Day == b.Day && (a.Year is null || b.Year is null || a.Year == b.Year);

    /// <summary>What a mention says that identifies its relation: its number, period, day and session ordinal.</summary>
    private static FactKeys KeysOf(RelationMention mention, Zone zone)
    {
        var keys = new FactKeys();
        var anchor = mention.Anchor;
        keys.AddNumber(anchor.Number);
        keys.AddPeriod(anchor.Period?.From, anchor.Period?.To);
        if (anchor.Date is { Day: { } day, Month: { } month } date)
        {
            keys.AddDate(ResolveDate(date, zone) is { } resolved ? DateKey.From(resolved) : new DateKey(null, month, day));
        }

        keys.AddOrdinal(anchor.Kind == InstrumentKind.JointCommittee ? anchor.Ordinal : null);
        return keys;
    }

    /// <summary>A full date, or a day and month dated by the zone's reference date (a week ahead of it at most in the article).</summary>
    private static DateOnly? ResolveDate(DateMention date, Zone zone) =>
        date.ToDate() ?? (zone.ReferenceDate is { } reference ? date.ResolveWith(reference, zone.Source == RelationSource.Article ? 7 : 0) : null);

    /// <summary>
    /// The kind of an event reported with several instrument words: the most specific word (the kinds' precedence in
    /// kinds.tsv: "biên bản ghi nhớ" over the generic "thỏa thuận"), then the one the text says was signed, the one a
    /// title names, the word used most, the first.
    /// </summary>
    private static InstrumentKind KindOf(MentionCluster cluster)
    {
        var stating = cluster.Stating.ToList();
        if (cluster.Descriptor.IsOccasion || stating.Select(mention => mention.Kind).Distinct().Count() <= 1)
        {
            return cluster.Kind;
        }

        return stating
            .Where(mention => cluster.DescriptorOf(mention.Kind).Class == cluster.Descriptor.Class)
            .GroupBy(mention => mention.Kind)
            .OrderByDescending(group => cluster.DescriptorOf(group.Key).Precedence)
            .ThenByDescending(group => group.Any(mention => mention.Anchor.Signed))
            .ThenByDescending(group => group.Any(mention => mention.InTitle))
            .ThenByDescending(group => group.Count())
            .ThenBy(group => group.Min(mention => mention.Order))
            .Select(group => group.Key)
            .FirstOrDefault(cluster.Kind);
    }

    private static ExtractedRelation Resolve(MentionCluster cluster, Zone zone, DateOnly today, ExtractionRules rules)
    {
        var stating = cluster.Stating.ToList();
        var kind = KindOf(cluster);

        // The event's own statements date it; when they give no day, the visit or talks it took place at do.
        var claims = Claims(stating, zone);
        if (claims.Count == 0)
        {
            claims = Claims(cluster.Occasions, zone);
        }

        var unitDate = UnitDate(cluster, zone, today);
        var resolvedParties = new Dictionary<string, ExtractedParty>(StringComparer.Ordinal);
        foreach (var group in stating.SelectMany(mention => mention.Parties).GroupBy(party => party.Key, StringComparer.Ordinal))
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

        // A unit that no longer existed on the relation's date, named beside its successor ("Vĩnh Phúc trước đây và nay
        // là Phú Thọ"), is that successor.
        foreach (var id in resolvedParties.Keys.ToList())
        {
            if (cluster.Stating.SelectMany(mention => mention.Parties).SelectMany(party => party.Candidates).FirstOrDefault(unit => unit.Id == id) is { } unit
                && !unit.IsValidOn(unitDate) && unit.Successors.Any(link => resolvedParties.ContainsKey(link.Unit.Id)))
            {
                resolvedParties.Remove(id);
            }
        }

        var named = resolvedParties.Keys.OrderBy(id => FirstNamed(stating, id)).ToList();
        CityInItsProvince.Fold(named, id => [UnitOf(cluster, id)], wholeEvent: true);
        foreach (var id in resolvedParties.Keys.Except(named, StringComparer.Ordinal).ToList())
        {
            resolvedParties.Remove(id);
        }

        var countries = resolvedParties.Values.ToDictionary(party => party.UnitId, party => CountryOf(cluster, party.UnitId), StringComparer.Ordinal);
        var ordered = resolvedParties.Values
            .Select(party => party with { Role = countries[party.UnitId] == "VN" ? rules.Kinds[kind].VietnameseRole : rules.Kinds[kind].ForeignRole })
            .OrderBy(party => party.UnitId, StringComparer.Ordinal)
            .ToList();
        CountForNamedPredecessors(ordered, cluster, zone);

        // The instrument's own attributes come first from the statements that name it with its kind.
        var byKind = stating.OrderBy(mention => mention.Kind == kind ? 0 : 1).ThenBy(mention => mention.Order).ToList();
        var relation = new ExtractedRelation
        {
            Parties = ordered,
            Kind = kind,
            Level = Levels.Combine(ordered.Select(party => party.Level)),
            Number = byKind.Select(mention => mention.Anchor.Number).FirstOrDefault(number => number is not null),
            Status = stating.All(mention => mention.Anchor.Planned) ? InstrumentStatus.Planned : InstrumentStatus.Concluded,
            Background = cluster.IsBackground,
            Source = zone.Source,
        };
        // When its own statements give no period, the year agreed at the talks or visit it was signed at is its period, or
        // for a signed instrument, the period of the unnamed cooperation stated for it ("agreed on cooperation for
        // 2024-2026", then "signed a cooperation agreement"; not a plan's items, each with its own years).
        if ((byKind.Select(mention => mention.Anchor.Period ?? mention.Anchor.AgreedPeriod).FirstOrDefault(period => period is not null)
            ?? cluster.Occasions.OrderBy(mention => mention.Order)
                .Select(mention => mention.Anchor.AgreedPeriod
                    ?? (mention.Anchor.Kind == InstrumentKind.Other && rules.Kinds[kind].Class == KindClass.Signed ? mention.Anchor.Period : null))
                .FirstOrDefault(period => period is not null)) is { } period)
        {
            relation.PeriodStart = period.From;
            relation.PeriodEnd = period.To;
        }

        if (kind == InstrumentKind.JointCommittee)
        {
            var anchors = stating.Select(mention => mention.Anchor).Where(anchor => anchor.Kind == InstrumentKind.JointCommittee).ToList();
            var session = anchors.FirstOrDefault(anchor => anchor.Ordinal is not null) ?? anchors[0];
            var mechanism = anchors.Select(anchor => anchor.Mechanism).FirstOrDefault(name => name is not null);
            var mode = anchors.Select(anchor => anchor.Mode).FirstOrDefault(value => value != SessionMode.Unknown);
            relation.Session = new ExtractedSession(mechanism ?? string.Empty, session.Ordinal, mode);
        }

        foreach (var mention in cluster.Mentions.Concat(cluster.Occasions))
        {
            relation.Evidence.Add(mention.Evidence);
            foreach (var field in mention.Fields)
            {
                relation.Fields.Add(field);
            }
        }

        relation.Claims.AddRange(claims);
        foreach (var mention in cluster.Mentions.Concat(cluster.Occasions).OrderBy(mention => mention.Order))
        {
            AddPeople(relation, mention.People, unitDate);
            AddCommitments(relation, mention.Commitments, unitDate);
        }

        relation.Confidence = Confidence(relation, stating, rules.Kinds[kind].IsWeak);
        return relation;
    }

    /// <summary>
    /// A foreign city whose region a merger formed, which the text names in one sentence with the region it lay in before
    /// (Lyon beside "the Rhône-Alpes region", which Auvergne-Rhône-Alpes succeeded), counts for that former region, as
    /// the text counts it: the party is the former region, unless the relation's own date falls after that region ended.
    /// A city named so with two predecessors of its region stays.
    /// </summary>
    private static void CountForNamedPredecessors(List<ExtractedParty> parties, MentionCluster cluster, Zone zone)
    {
        if (zone.CitiesNamedWithFormerRegion.Count == 0)
        {
            return;
        }

        var ownDate = OwnDate(cluster, zone);
        for (var k = 0; k < parties.Count; k++)
        {
            var unit = UnitOf(cluster, parties[k].UnitId);
            if (unit.Parent is not { } region || unit.Country.Code == "VN")
            {
                continue;
            }

            var named = region.Predecessors
                .Select(link => link.Unit)
                .Where(former => zone.CitiesNamedWithFormerRegion.Contains((unit.Id, former.Id)) && !(ownDate > former.Unit.ValidTo))
                .ToList();
            if (named.Count != 1)
            {
                continue;
            }

            var party = parties[k] with { UnitId = named[0].Id };
            var existing = parties.FindIndex(other => other.UnitId == party.UnitId);
            if (existing >= 0)
            {
                parties[existing] = parties[existing] with
                {
                    Level = Levels.Combine([parties[existing].Level, party.Level]),
                    Organisation = parties[existing].Organisation ?? party.Organisation,
                };
                parties.RemoveAt(k);
                k--;
            }
            else
            {
                parties[k] = party;
            }
        }

        parties.Sort((a, b) => string.CompareOrdinal(a.UnitId, b.UnitId));
    }

    private static UnitNode UnitOf(MentionCluster cluster, string unitId) =>
        cluster.Stating.SelectMany(mention => mention.Parties).SelectMany(party => party.Candidates).First(unit => unit.Id == unitId);

    /// <summary>Where a unit is first named among an event's statements: the statement's order, then the party's place in it.</summary>
    private static (int Order, int Position) FirstNamed(List<RelationMention> stating, string unitId)
    {
        var first = (Order: int.MaxValue, Position: int.MaxValue);
        foreach (var mention in stating)
        {
            var position = mention.Parties.FindIndex(party => party.Candidates.Any(unit => unit.Id == unitId));
            if (position >= 0 && (mention.Order, position).CompareTo(first) < 0)
            {
                first = (mention.Order, position);
            }
        }

        return first;
    }

    private static List<ExtractedClaim> Claims(IEnumerable<RelationMention> mentions, Zone zone)
    {
        var claims = new List<ExtractedClaim>();
        var seen = new HashSet<ExtractedClaim>();
        foreach (var mention in mentions)
        {
            if (mention.Date is { Day: not null } date && ResolveDate(date, zone) is { } value)
            {
                var claim = new ExtractedClaim(ClaimFields.SignedOn, value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), mention.Evidence);
                if (seen.Add(claim))
                {
                    claims.Add(claim);
                }
            }
        }

        return claims;
    }

    /// <summary>
    /// The date on which the relation's names are resolved: its claimed date, else the first day of its period, else the
    /// zone's reference date, else the date of the zone's dated events, else the day before a named unit ceased to
    /// exist, else today.
    /// </summary>
    private static DateOnly UnitDate(MentionCluster cluster, Zone zone, DateOnly today)
    {
        if (OwnDate(cluster, zone) is { } own)
        {
            return own;
        }

        var parties = cluster.Stating.SelectMany(mention => mention.Parties);
        return zone.ReferenceDate ?? zone.FallbackDate ?? EndedBefore(parties) ?? (zone.SpeaksOfMerger ? null : BeforeRenaming(parties, zone.LatestYear)) ?? today;
    }

    /// <summary>The relation's own date: its claimed date, else the first day of its period, else the first day of its month.</summary>
    private static DateOnly? OwnDate(MentionCluster cluster, Zone zone)
    {
        if ((ClaimedDate(cluster.Stating, zone) ?? ClaimedDate(cluster.Occasions, zone)) is { } claimed)
        {
            return claimed;
        }

        if (cluster.Stating.Select(mention => mention.Anchor.Period).FirstOrDefault(period => period is not null) is { } period)
        {
            return new DateOnly(period.From, 1, 1);
        }

        // "đầu tháng 3/2025, hai bên ký thỏa thuận …": a month without its day still says which units existed then.
        return cluster.Stating.Select(mention => mention.Anchor.Date).FirstOrDefault(date => date is { Year: not null, Month: not null, Day: null }) is { } month
            ? new DateOnly(month.Year!.Value, month.Month!.Value, 1)
            : null;
    }

    /// <summary>
    /// A text with no date at all that names a unit which has a successor of the same name (Ho Chi Minh City, Quang Tri
    /// before and after 2025) is read as written before the change, unless it speaks of the merger or writes a year
    /// after the change's ("in 2026"): most such texts were (docs/extraction-quality.md), and one written after a
    /// merger usually shows it.
    /// </summary>
    private static DateOnly? BeforeRenaming(IEnumerable<PartyRef> parties, int? latestYear)
    {
        DateOnly? bound = null;
        foreach (var party in parties)
        {
            foreach (var unit in party.Candidates)
            {
                if (unit.Unit.ValidTo is { } end && party.Candidates.Any(other => other.Unit.ValidFrom > end) && (bound is null || end < bound))
                {
                    bound = end;
                }
            }
        }

        return bound is { } last && latestYear > last.Year ? null : bound;
    }

    private static DateOnly? ClaimedDate(IEnumerable<RelationMention> mentions, Zone zone) =>
        mentions
            .Where(mention => !mention.EvidenceOnly && mention.Date is { Day: not null })
            .Select(mention => ResolveDate(mention.Date!, zone))
            .Where(date => date is not null)
            .Max();

    private static void AddPeople(ExtractedRelation relation, IEnumerable<PendingPerson> people, DateOnly date) =>
        FactMerge.People(relation, people.Select(person => new ExtractedPerson(person.Name, person.Title, person.Role, person.Unit is { } unit ? Choose(unit, date).Id : null, person.Evidence)));

    /// <summary>
    /// A pledge whose giver or receiver the clause does not name goes between the relation's two sides; one the sides
    /// make to each other, naming neither, goes both ways.
    /// </summary>
    private static void AddCommitments(ExtractedRelation relation, IEnumerable<PendingCommitment> commitments, DateOnly date)
    {
        var vietnamese = relation.Parties.FirstOrDefault(party => party.UnitId.StartsWith("VN-", StringComparison.Ordinal))?.UnitId;
        var foreign = relation.Parties.FirstOrDefault(party => !party.UnitId.StartsWith("VN-", StringComparison.Ordinal))?.UnitId;
        foreach (var commitment in commitments)
        {
            AddCommitment(relation, commitment, date, vietnamese, foreign, reversed: false);
            if (commitment is { Mutual: true, From: null, To: null } && commitment.Kind != CommitmentKind.Budget && vietnamese is not null && foreign is not null)
            {
                AddCommitment(relation, commitment, date, vietnamese, foreign, reversed: true);
            }
        }
    }

    private static void AddCommitment(ExtractedRelation relation, PendingCommitment commitment, DateOnly date, string? vietnamese, string? foreign, bool reversed)
    {
        var from = commitment.From is { } giver ? Choose(giver, date).Id : null;
        var to = commitment.To is { } receiver ? Choose(receiver, date).Id : null;
        if (from is null && to is null)
        {
            from = reversed ? foreign : vietnamese;
            to = commitment.Kind == CommitmentKind.Budget ? null : reversed ? vietnamese : foreign;
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
        FactMerge.Commitments(relation, [extracted]);
    }

    private static string CountryOf(MentionCluster cluster, string unitId) =>
        cluster.Stating.SelectMany(mention => mention.Parties).SelectMany(party => party.Candidates).First(unit => unit.Id == unitId).Country.Code;

    /// <summary>
    /// Confidence: a named instrument in the article 0.9 (0.95 with a date, period or number), a visit or unnamed
    /// cooperation 0.75; anything read from a related-news headline 0.6, or 0.5 for a visit or unnamed cooperation.
    /// </summary>
    private static double Confidence(ExtractedRelation relation, List<RelationMention> stating, bool weak)
    {
        if (relation.Source != RelationSource.Article)
        {
            return weak ? 0.5 : 0.6;
        }

        if (weak)
        {
            return 0.75;
        }

        var discriminated = relation.Number is not null || relation.PeriodStart is not null || stating.Any(mention => mention.Date is not null);
        return discriminated ? 0.95 : 0.9;
    }

    /// <summary>
    /// The unit a name denotes on a date: among the units in the country the text points at (if it names one), the
    /// one the gazetteer's rule chooses (<see cref="PlaceRules.Choose"/>: valid then, first-level unless a district
    /// is meant, the unit whose own name was written, Vietnam's when countries share the name, then the lowest id).
    /// </summary>
    public static UnitNode Choose(PartyRef party, DateOnly date)
    {
        UnitNode[] inCountry = party.CountryHint is { } hint ? [.. party.Candidates.Where(unit => unit.Country.Code == hint)] : [];
        return PlaceRules.Choose(inCountry.Length > 0 ? inCountry : party.Candidates, party.NameKey, date, party.IsDistrict);
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

    /// <summary>
    /// What a current relation replaces or renews is past context; so is what a concluded, current plan implements
    /// ("has issued the Plan … on implementation of the Cooperation Agreement …"): the plan is the news, the instrument
    /// the framework it carries out (en-264). No partnership changes: a plan counts through what it implements, and
    /// background is no condition of <c>PartnershipPolicy</c>. A plan still to be drawn up proves no earlier instrument.
    /// </summary>
    private static void MarkSupersededAsBackground(List<ExtractedRelation> relations)
    {
        foreach (var relation in relations)
        {
            if (relation.Background)
            {
                continue;
            }

            foreach (var (type, target) in relation.Links)
            {
                if (type is LinkType.Replaces or LinkType.Renews
                    || (type == LinkType.Implements && relation.Kind == InstrumentKind.Plan && relation.Status == InstrumentStatus.Concluded))
                {
                    target.Background = true;
                }
            }
        }
    }
}
