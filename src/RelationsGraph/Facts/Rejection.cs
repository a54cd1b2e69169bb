using System.Collections.Immutable;

namespace RelationsGraph.Facts;

/// <summary>
/// A fact a reviewer rejected, or merged into another, remembered by its identity (parties and levels, kind, and what
/// tells it apart: number, period, date, session ordinal) so that extracting the same document again does not propose
/// it again (graph-seed/rejections.csv). A merged fact names the fact it was merged into: its evidence goes there.
/// </summary>
public sealed record Rejection
{
    /// <summary>The id the rejected fact had (an instrument or a session).</summary>
    public required string FactId { get; init; }

    public required InstrumentKind Kind { get; init; }

    /// <summary>The parties as <c>unit_id:level</c>, ordered by unit id; for a session, the mechanism's member unit ids.</summary>
    public ImmutableArray<string> Parties { get; init; } = [];

    public string? Number { get; init; }

    /// <summary>The signing date of an instrument or the date of a session.</summary>
    public DateOnly? Date { get; init; }

    public int? PeriodStart { get; init; }

    public int? PeriodEnd { get; init; }

    /// <summary>For a session: its ordinal.</summary>
    public int? Ordinal { get; init; }

    /// <summary>The instrument or session the fact was merged into; empty when it was rejected outright.</summary>
    public string? MergedInto { get; init; }

    public required string ReviewedBy { get; init; }

    public required DateTimeOffset ReviewedAt { get; init; }

    /// <summary>The reviewer's reason, free text.</summary>
    public string? Note { get; init; }

    // ImmutableArray compares by reference; a record must compare its parties by value.
    public bool Equals(Rejection? other) =>
        other is not null
        && FactId == other.FactId && Kind == other.Kind && Parties.AsSpan().SequenceEqual(other.Parties.AsSpan()) && Number == other.Number
        && Date == other.Date && PeriodStart == other.PeriodStart && PeriodEnd == other.PeriodEnd && Ordinal == other.Ordinal
        && MergedInto == other.MergedInto && ReviewedBy == other.ReviewedBy && ReviewedAt == other.ReviewedAt && Note == other.Note;

    public override int GetHashCode() => HashCode.Combine(FactId, Kind, Number, Date, MergedInto);
}
