namespace RelationsGraph.Loader.Score;

/// <summary>A per-document metric, its name in the JSON and the tables, and the target issue 8 sets for it.</summary>
public sealed record ScoreMetric(string Key, string Header, double? Target, bool LowerIsBetter = false)
{
    public static ScoreMetric PairPrecision { get; } = new("pairPrecision", "pair P", 0.95);

    public static ScoreMetric PairRecall { get; } = new("pairRecall", "pair R", 0.95);

    public static ScoreMetric Kind { get; } = new("kind", "kind", 0.9);

    public static ScoreMetric SignedOn { get; } = new("signedOn", "signed", 0.9);

    public static ScoreMetric Period { get; } = new("period", "period", 0.9);

    public static ScoreMetric PledgeDirection { get; } = new("pledgeDirection", "pledge", 0.95);

    public static ScoreMetric RecordsPerEvent { get; } = new("recordsPerEvent", "records", 1.1, LowerIsBetter: true);

    /// <summary>Extracted records of events nobody labelled: a count, without a target.</summary>
    public static ScoreMetric FalseRecords { get; } = new("falseRecords", "false", null, LowerIsBetter: true);

    public static IReadOnlyList<ScoreMetric> All { get; } = [PairPrecision, PairRecall, Kind, SignedOn, Period, PledgeDirection, RecordsPerEvent, FalseRecords];

    public bool Misses(double value) => Target is { } target && (LowerIsBetter ? value > target + 1e-9 : value < target - 1e-9);
}
