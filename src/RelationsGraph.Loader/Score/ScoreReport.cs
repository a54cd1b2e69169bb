namespace RelationsGraph.Loader.Score;

/// <summary>The scores of a corpus: one per scored document, by id, and the documents skipped with the reason.</summary>
public sealed record ScoreReport(IReadOnlyList<ScoredDocument> Documents, IReadOnlyList<SkippedDocument> Skipped)
{
    /// <summary>Each metric over the documents it applies to, never pooled: mean, worst and how many miss the target.</summary>
    public IReadOnlyList<MetricSummary> Summary =>
        ScoreMetric.All.Select(metric =>
        {
            var values = Documents.Select(document => document.Score.ValueOf(metric)).OfType<double>().ToList();
            return new MetricSummary(
                metric,
                values.Count,
                values.Count > 0 ? values.Average() : null,
                values.Count == 0 ? null : metric.LowerIsBetter ? values.Max() : values.Min(),
                metric.Target is null ? null : values.Count(metric.Misses));
        }).ToList();
}

public sealed record ScoredDocument(string Id, string Language, DocumentScore Score);

public sealed record SkippedDocument(string Id, string Reason);

/// <summary>
/// A metric over the documents where it applies: their mean, the worst document's value (the minimum; the maximum
/// for a metric where lower is better) and how many documents miss the target (null without a target).
/// </summary>
public sealed record MetricSummary(ScoreMetric Metric, int Documents, double? Mean, double? Worst, int? MissingTarget);
