using RelationsGraph.Extraction.Identity;
using RelationsGraph.Extraction.Rules;
using RelationsGraph.Facts;

namespace RelationsGraph.Extraction.Relations;

/// <summary>
/// Makes one record per event of a zone out of the groups of its mentions. A signing is often reported in several
/// ways: as an MOU in one sentence and "the agreement" in the next, between the pair in one sentence and with a third
/// province in another, at the provincial level and as "the two sides". Such statements, when nothing tells them apart,
/// are one signing. The visit, talks, ceremony or unnamed cooperation during which something was signed is the
/// occasion of the signing, not a relation of its own: it adds its evidence, people, pledges and date. Only an event
/// at which nothing was signed stands alone, and then the statements of that one visit are one record.
/// </summary>
internal static class EventAssembly
{
    /// <summary>The zone's events, and the mentions of one-sided statements that belong to none of them.</summary>
    public static (List<MentionCluster> Events, List<RelationMention> Leftovers) Assemble(List<MentionCluster> clusters)
    {
        var ordered = clusters.OrderBy(cluster => cluster.FirstOrder).ToList();
        var events = new List<MentionCluster>();
        foreach (var cluster in ordered.Where(cluster => !cluster.IsWeak && !cluster.IsPartial))
        {
            var target = events.FirstOrDefault(known => SameSigning(known, cluster));
            if (target is null)
            {
                events.Add(cluster);
            }
            else
            {
                Merge(target, cluster);
            }
        }

        // "Tại hội nghị, hai bên ký biên bản ghi nhớ …": what the sides signed at the meeting the text reported
        // before makes that meeting, a session they hold without a number, its occasion: one event.
        foreach (var session in events.Where(cluster => cluster.Kind == InstrumentKind.JointCommittee && !cluster.IsPlanned && !cluster.IsBackground
            && cluster.Stating.All(mention => mention.Anchor.Ordinal is null && !mention.Anchor.Multilateral)).ToList())
        {
            var signing = events.FirstOrDefault(candidate => candidate.Descriptor.Class == KindClass.Signed && !candidate.IsPlanned && !candidate.IsBackground
                && candidate.FirstOrder > session.LastOrder && candidate.Stating.Any(mention => mention.Anchor.AtOccasion)
                && SharesBothSides(candidate, session) && OccasionDateFits(candidate, session));
            if (signing is not null)
            {
                signing.AbsorbOccasion(session);
                events.Remove(session);
            }
        }

        // A statement that names one side joins the event that names those parties and more.
        var leftovers = new List<RelationMention>();
        HashSet<MentionCluster>? namingOccasions = null;
        foreach (var partial in ordered.Where(cluster => cluster.IsPartial))
        {
            var target = events.FirstOrDefault(known => known.PartyKeys.IsSupersetOf(partial.PartyKeys) && SameSigning(known, partial, partial: true));
            if (target is not null)
            {
                target.Absorb(partial);
            }
            else if (OccasionNamingAllParties(ordered, partial, namingOccasions) is { } occasion)
            {
                // "Điện Biên và đoàn các tỉnh Bắc Lào tổ chức hội đàm và ký kết biên bản hợp tác", then the talks'
                // co-chairs by province: the talks name every side of the signing they were held for.
                partial.Absorb(occasion);
                (namingOccasions ??= []).Add(occasion);
                events.Add(partial);
            }
            else
            {
                leftovers.AddRange(partial.Mentions);
            }
        }

        var occasions = new List<MentionCluster>();
        foreach (var weak in ordered.Where(cluster => cluster.IsWeak))
        {
            if (namingOccasions?.Contains(weak) == true)
            {
                continue;
            }

            // Unnamed cooperation read as concluded though some of its statements speak of it as still to come, between
            // the parties of a planned signing with nothing concluded between them, is what that signing is for (support
            // voiced for the two provinces' cooperation, and a document they will sign): it joins the planned signing
            // instead of standing as a concluded event. Wholly planned, it stays the sides' plan of its own.
            var signing = events
                .Where(candidate => (!candidate.IsPlanned
                        || (weak.Kind == InstrumentKind.Other && weak.IsPartlyPlanned && !weak.IsPlanned && !HasConcludedEventOf(events, candidate)))
                    && candidate.IsBackground == weak.IsBackground
                    && SharesBothSidesWithin(candidate, weak) && (weak.Kind == InstrumentKind.Other || OccasionDateFits(candidate, weak)))
                .OrderByDescending(candidate => weak.OwnDate is { } day && candidate.OwnDate is { } other && SameDate(day, other))
                .ThenBy(candidate => candidate.FirstOrder)
                .FirstOrDefault();
            if (signing is not null)
            {
                signing.AbsorbOccasion(weak);
                continue;
            }

            var occasion = occasions.FirstOrDefault(known => SameOccasion(known, weak));
            if (occasion is null)
            {
                occasions.Add(weak);
            }
            else
            {
                Merge(occasion, weak);
            }
        }

        // Cooperation the sides signed without naming the instrument, that no named signing of theirs absorbed above,
        // is an agreement (a signing makes a document); a visit or talks merged with it are its occasion.
        foreach (var unnamed in occasions.Where(cluster => cluster.Kind is InstrumentKind.Other or InstrumentKind.Visit && !cluster.IsPlanned
            && cluster.Stating.Any(mention => mention.Anchor.UnnamedSigning && !mention.Anchor.Planned)))
        {
            unnamed.Kind = InstrumentKind.Agreement;
        }

        // Unnamed cooperation of the parties of a visit or award is that event, whichever was stated first.
        foreach (var other in occasions.Where(cluster => cluster.Kind == InstrumentKind.Other).ToList())
        {
            var named = occasions.FirstOrDefault(candidate => candidate.Kind != InstrumentKind.Other && SharesBothSides(candidate, other));
            if (named is not null)
            {
                Merge(named, other);
                occasions.Remove(other);
            }
        }

        return ([.. events.Concat(occasions).OrderBy(cluster => cluster.FirstOrder)], leftovers);
    }

    /// <summary>
    /// Two groups of statements are one signing when they are instruments signed together (agreement, MOU, minutes,
    /// joint statement) or of one kind, between nested sets of parties, at compatible levels, with the same status,
    /// and nothing tells them apart; instruments of different kinds that each carry their own keys stay apart unless
    /// a key is shared.
    /// </summary>
    private static bool SameSigning(MentionCluster known, MentionCluster cluster, bool partial = false)
    {
        if (known.IsLinkedTo(cluster) || known.IsPlanned != cluster.IsPlanned || known.IsBackground != cluster.IsBackground
            || !CompatibleLevels(known.Level, cluster.Level) || !Nested(known.PartyKeys, cluster.PartyKeys))
        {
            return false;
        }

        var sameness = FactIdentity.Compare(known.Keys, cluster.Keys);
        if (sameness == Sameness.Different)
        {
            return false;
        }

        if (known.Kind == cluster.Kind)
        {
            return true;
        }

        // Different words for one instrument: only for the article's news (past instruments are often several), at one
        // level (the police's agreement is not the province's MOU), when at most one of them is identified, and not when
        // each is counted ("2 thỏa thuận … và 5 quy chế phối hợp": instruments of two kinds, each several).
        return known.Descriptor.Class == KindClass.Signed && cluster.Descriptor.Class == KindClass.Signed && !known.IsBackground
            && !(known.IsCounted && cluster.IsCounted) && !SignedInClausesOfOneSentence(known, cluster)
            && (known.Level == cluster.Level || partial || SamePlacesOneBelowFirstLevel(known, cluster))
            && (sameness == Sameness.Same || !known.Keys.IsIdentified || !cluster.Keys.IsIdentified || partial);
    }

    /// <summary>
    /// "… inked a common declaration on their friendship …, and signed an MoU on trade … with the region's chambers of
    /// commerce": one sentence that signs an instrument of one kind in a clause and one of another kind in a later
    /// clause, each with its sign word, reports two signings, not two words for one.
    /// </summary>
    private static bool SignedInClausesOfOneSentence(MentionCluster known, MentionCluster cluster)
    {
        foreach (var first in known.Stating)
        {
            foreach (var second in cluster.Stating)
            {
                if (first.Sentence != 0 && first.Sentence == second.Sentence && first.Kind != second.Kind
                    && first.Anchor.Signed && second.Anchor.Signed && first.Evidence != second.Evidence)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The talks or meeting that name the one side a signing names and the other: a current, undated or same-day
    /// occasion of the same status, stated after the signing (its first such), or else before it (the last such:
    /// talks of Ha Giang and a county the gazetteer lacks, then "Ha Giang and the county's officials signed the minutes").
    /// </summary>
    private static MentionCluster? OccasionNamingAllParties(List<MentionCluster> ordered, MentionCluster partial, HashSet<MentionCluster>? taken)
    {
        if (partial.Descriptor.Class != KindClass.Signed || partial.IsBackground || partial.IsPlanned)
        {
            return null;
        }

        var sides = partial.PartyKeys;
        MentionCluster? before = null;
        foreach (var weak in ordered)
        {
            if (weak.Kind == InstrumentKind.Other || !weak.IsWeak || taken?.Contains(weak) == true || weak.IsBackground || weak.IsPlanned
                || !OccasionDateFits(partial, weak))
            {
                continue;
            }

            var named = weak.PartyKeys;
            if (named.Count <= sides.Count || !named.IsSupersetOf(sides))
            {
                continue;
            }

            if (weak.FirstOrder > partial.LastOrder)
            {
                return weak;
            }

            if (weak.LastOrder < partial.FirstOrder)
            {
                before = weak;
            }
        }

        return before;
    }

    /// <summary>Statements of one visit or award: the same kind, the same two sides, both current or both past, dates that agree.</summary>
    private static bool SameOccasion(MentionCluster known, MentionCluster weak) =>
        (known.Kind == weak.Kind || weak.Kind == InstrumentKind.Other || known.Kind == InstrumentKind.Other)
        && known.IsBackground == weak.IsBackground
        && SharesBothSides(known, weak)
        && DatesAgree(known, weak);

    /// <summary>
    /// The date of a visit or talks fits an event on the same date, or within its range of days ("a trip from July 23
    /// to 28", a plan signed on July 24); an undated visit fits any event; a dated one also fits the article's undated
    /// news, which it then dates, but not an undated past instrument.
    /// </summary>
    private static bool OccasionDateFits(MentionCluster signing, MentionCluster weak) =>
        weak.OwnDate is not { } date || (signing.OwnDate is { } other ? SameDate(date, other) || WithinDays(date, other) : !signing.IsBackground);

    private static bool WithinDays(Text.DateMention range, Text.DateMention day) =>
        range is { Day: { } first, LastDay: { } last } && day.Day is { } value && range.Month == day.Month
        && value >= first && value <= last && (range.Year is null || day.Year is null || range.Year == day.Year);

    private static void Merge(MentionCluster target, MentionCluster source)
    {
        if (source.Kind != InstrumentKind.Other && target.Kind == InstrumentKind.Other)
        {
            target.Kind = source.Kind;
        }

        target.Level = Levels.Combine([target.Level, source.Level]);
        target.Absorb(source);
    }

    /// <summary>
    /// The same parties, one group at district level and the other at the default level: the district level comes from
    /// a party below the first level (a Japanese city), which a sentence naming no organisation ("the signing of the
    /// agreement … of the two cities") leaves at the default, not from another organisation signing.
    /// </summary>
    private static bool SamePlacesOneBelowFirstLevel(MentionCluster a, MentionCluster b) =>
        a.PartyKeys.SetEquals(b.PartyKeys)
        && ((a.Level == PartyLevel.District && b.Level == PartyLevel.ProvincialGovernment)
            || (b.Level == PartyLevel.District && a.Level == PartyLevel.ProvincialGovernment));

    /// <summary>The provincial government is the default level of a name written without an organisation.</summary>
    private static bool CompatibleLevels(PartyLevel a, PartyLevel b) =>
        a == b || a == PartyLevel.ProvincialGovernment || b == PartyLevel.ProvincialGovernment;

    private static bool Nested(HashSet<string> a, HashSet<string> b) => a.IsSubsetOf(b) || b.IsSubsetOf(a);

    /// <summary>The two groups name a Vietnamese party and a foreign party in common.</summary>
    private static bool HasConcludedEventOf(List<MentionCluster> events, MentionCluster planned) =>
        events.Exists(other => !other.IsPlanned && other.IsBackground == planned.IsBackground && SharesBothSides(other, planned));

    private static bool SharesBothSides(MentionCluster a, MentionCluster b)
    {
        var shared = a.Parties.Where(party => b.PartyKeys.Contains(party.Key)).ToList();
        return shared.Any(party => party.Country == "VN") && shared.Any(party => party.Country != "VN");
    }

    /// <summary>
    /// Both sides shared, a side also counting as shared when one event names a city and the other the province it lies
    /// in: a delegation visiting Hessen that meets Frankfurt's leaders and signs an MoU set down with Hessen's name (or
    /// the other way round) made one trip, the signing's occasion.
    /// </summary>
    private static bool SharesBothSidesWithin(MentionCluster signing, MentionCluster occasion)
    {
        var signingParties = signing.Parties.ToList();
        var shared = occasion.Parties.Where(party => signingParties.Exists(other => other.Key == party.Key
            || CityInItsProvince.LiesWithin(party.Candidates, other.Candidates)
            || CityInItsProvince.LiesWithin(other.Candidates, party.Candidates))).ToList();
        return shared.Any(party => party.Country == "VN") && shared.Any(party => party.Country != "VN");
    }

    private static bool DatesAgree(MentionCluster a, MentionCluster b) =>
        a.OwnDate is not { } date || b.OwnDate is not { } other || SameDate(date, other);

    /// <summary>The same day, or month when one of them gives only a month; a missing year fits any.</summary>
    private static bool SameDate(Text.DateMention a, Text.DateMention b) =>
        a.Month == b.Month && (a.Day is null || b.Day is null || a.Day == b.Day) && (a.Year is null || b.Year is null || a.Year == b.Year);
}
