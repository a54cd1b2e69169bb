namespace RelationsGraph.Loader.Score;

/// <summary>One document's figures (docs/extraction-quality.md defines each) and the pairs it missed or added.</summary>
public sealed record DocumentScore
{
    public required Ratio PairPrecision { get; init; }

    public required Ratio PairRecall { get; init; }

    public required Ratio Kind { get; init; }

    public required Ratio SignedOn { get; init; }

    public required Ratio Period { get; init; }

    public required Ratio PledgeDirection { get; init; }

    public required Ratio RecordsPerEvent { get; init; }

    public required int FalseRecords { get; init; }

    /// <summary>Labelled pairs the extraction did not make.</summary>
    public required IReadOnlyList<UnitPair> MissingPairs { get; init; }

    /// <summary>Extracted pairs no label makes.</summary>
    public required IReadOnlyList<UnitPair> ExtraPairs { get; init; }

    /// <summary>The metrics counted as ratios, in the order of the report's columns.</summary>
    public IReadOnlyList<(ScoreMetric Metric, Ratio Ratio)> Ratios =>
    [
        (ScoreMetric.PairPrecision, PairPrecision), (ScoreMetric.PairRecall, PairRecall), (ScoreMetric.Kind, Kind),
        (ScoreMetric.SignedOn, SignedOn), (ScoreMetric.Period, Period), (ScoreMetric.PledgeDirection, PledgeDirection),
        (ScoreMetric.RecordsPerEvent, RecordsPerEvent),
    ];

    /// <summary>A metric's value for this document; null where it does not apply.</summary>
    public double? ValueOf(ScoreMetric metric) =>
        metric == ScoreMetric.FalseRecords ? FalseRecords : Ratios.Single(entry => entry.Metric == metric).Ratio.Value;
}
