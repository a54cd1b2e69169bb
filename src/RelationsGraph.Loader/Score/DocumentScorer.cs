namespace RelationsGraph.Loader.Score;

/// <summary>
/// Scores one document's extracted events against its labelled events (docs/extraction-quality.md, "Metrics"): the
/// partnership pairs, then kind, date, period and pledge direction on the labelled events whose pairs were found,
/// then how many records the extraction made per labelled event and how many of events nobody labelled.
/// </summary>
public static class DocumentScorer
{
    public static DocumentScore Score(IReadOnlyList<ScoredEvent> labelled, IReadOnlyList<ScoredEvent> extracted)
    {
        ArgumentNullException.ThrowIfNull(labelled);
        ArgumentNullException.ThrowIfNull(extracted);
        var labelledPartnerships = labelled.Where(item => item.MakesPartnership).ToList();
        var extractedPartnerships = extracted.Where(item => item.MakesPartnership).ToList();
        var labelledPairs = labelledPartnerships.SelectMany(item => item.Pairs).ToHashSet();
        var extractedPairs = extractedPartnerships.SelectMany(item => item.Pairs).ToHashSet();
        var found = labelledPairs.Intersect(extractedPairs).ToHashSet();

        int kinds = 0, dated = 0, datesRight = 0, periods = 0, periodsRight = 0, pledges = 0, pledgesRight = 0;
        var matched = labelledPartnerships.Where(item => item.Pairs.Overlaps(found)).ToList();
        foreach (var label in matched)
        {
            var record = BestMatch(label, extractedPartnerships);
            kinds += record.Kind == label.Kind ? 1 : 0;
            if (label.Date is { } date)
            {
                dated++;
                datesRight += record.Date == date ? 1 : 0;
            }

            if (label.Period is { } period)
            {
                periods++;
                periodsRight += record.Period == period ? 1 : 0;
            }

            foreach (var pledge in label.Pledges.Where(pledge => pledge is { Giver: not null, Receiver: not null }))
            {
                pledges++;
                pledgesRight += HasDirection(record, pledge) ? 1 : 0;
            }
        }

        var news = labelled.Where(item => !item.Background).ToList();
        var records = extracted.Where(item => !item.Background).ToList();
        var newsPairs = news.SelectMany(item => item.Pairs).ToHashSet();
        var recordPairs = records.SelectMany(item => item.Pairs).ToHashSet();
        var everyLabelledPair = labelled.SelectMany(item => item.Pairs).ToHashSet();
        return new DocumentScore
        {
            PairPrecision = new Ratio(found.Count, extractedPairs.Count, WhenEmpty: 1),
            PairRecall = new Ratio(found.Count, labelledPairs.Count, WhenEmpty: 1),
            Kind = new Ratio(kinds, matched.Count),
            SignedOn = new Ratio(datesRight, dated),
            Period = new Ratio(periodsRight, periods),
            PledgeDirection = new Ratio(pledgesRight, pledges),
            RecordsPerEvent = new Ratio(
                records.Count(record => record.Pairs.Overlaps(newsPairs)),
                news.Count(item => item.Pairs.Overlaps(recordPairs))),
            FalseRecords = records.Count(record => !record.Pairs.Overlaps(everyLabelledPair)),
            MissingPairs = [.. UnitPair.Sorted(labelledPairs.Except(found))],
            ExtraPairs = [.. UnitPair.Sorted(extractedPairs.Except(found))],
        };
    }

    /// <summary>
    /// The extracted partnership sharing a pair with the labelled event that agrees with it on the most of kind, date
    /// and period, then shares the most pairs; the first extracted on a tie. The caller knows one exists.
    /// </summary>
    private static ScoredEvent BestMatch(ScoredEvent label, IReadOnlyList<ScoredEvent> extracted) =>
        extracted
            .Where(record => record.Pairs.Overlaps(label.Pairs))
            .OrderByDescending(record => Agreements(label, record))
            .ThenByDescending(record => record.Pairs.Count(label.Pairs.Contains))
            .First();

    private static int Agreements(ScoredEvent label, ScoredEvent record) =>
        (record.Kind == label.Kind ? 1 : 0)
        + (label.Date is not null && record.Date == label.Date ? 1 : 0)
        + (label.Period is not null && record.Period == label.Period ? 1 : 0);

    /// <summary>
    /// The record states the pledge's direction when one of its pledges goes from the giver to the receiver; pledges of
    /// the labelled kind are asked first, any pledge when the record has none of that kind.
    /// </summary>
    private static bool HasDirection(ScoredEvent record, ScoredPledge pledge)
    {
        var sameKind = record.Pledges.Where(candidate => candidate.Kind == pledge.Kind).ToList();
        return (sameKind.Count > 0 ? sameKind : record.Pledges)
            .Any(candidate => candidate.Giver == pledge.Giver && candidate.Receiver == pledge.Receiver);
    }
}
