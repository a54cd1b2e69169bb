using System.Collections.Immutable;

namespace RelationsGraph.Facts;

/// <summary>An agreement, memorandum, minutes, plan or other act between units (graph-seed/instruments.csv).</summary>
public sealed record Instrument
{
    public required string Id { get; init; }

    public required InstrumentKind Kind { get; init; }

    /// <summary>The official number, e.g. 481/KH-UBND.</summary>
    public string? Number { get; init; }

    public required string Title { get; init; }

    public string? TitleVi { get; init; }

    /// <summary>The signing or issue date; empty when unknown or when sources disagree (see the evidence claims).</summary>
    public DateOnly? SignedOn { get; init; }

    public int? PeriodStart { get; init; }

    public int? PeriodEnd { get; init; }

    public InstrumentStatus Status { get; init; } = InstrumentStatus.Concluded;

    /// <summary>Codes of the fields of cooperation (graph-seed/fields.csv).</summary>
    public ImmutableArray<string> Fields { get; init; } = [];

    /// <summary>True when the sources mention the instrument only as past context.</summary>
    public bool Background { get; init; }

    /// <summary>How sure the extraction or the reviewer is of the fact, from 0 to 1.</summary>
    public double Confidence { get; init; } = 1;

    /// <summary>The best place a source states the instrument: official document, article body, related news.</summary>
    public SourceKind Source { get; init; } = SourceKind.Article;

    /// <summary>Reviewed facts are never overwritten by the loader.</summary>
    public bool Reviewed { get; init; }

    /// <summary>Who accepted or corrected the fact (the review app's reviewer name); empty for hand-curated rows.</summary>
    public string? ReviewedBy { get; init; }

    /// <summary>When the reviewer's decision was written.</summary>
    public DateTimeOffset? ReviewedAt { get; init; }

    // ImmutableArray compares by reference; a record must compare its fields of cooperation by value.
    public bool Equals(Instrument? other) =>
        other is not null
        && Id == other.Id && Kind == other.Kind && Number == other.Number && Title == other.Title && TitleVi == other.TitleVi
        && SignedOn == other.SignedOn && PeriodStart == other.PeriodStart && PeriodEnd == other.PeriodEnd && Status == other.Status
        && Fields.AsSpan().SequenceEqual(other.Fields.AsSpan()) && Background == other.Background
        && Confidence.Equals(other.Confidence) && Source == other.Source
        && Reviewed == other.Reviewed && ReviewedBy == other.ReviewedBy && ReviewedAt == other.ReviewedAt;

    public override int GetHashCode() => HashCode.Combine(Id, Kind, SignedOn, PeriodStart, PeriodEnd, Fields.Length);
}
