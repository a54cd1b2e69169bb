using System.Collections.Immutable;

namespace RelationsGraph.Facts;

/// <summary>A typed pledge under an instrument: who gives what, how much, in which years.</summary>
public sealed record Commitment
{
    public required string Id { get; init; }

    public required string InstrumentId { get; init; }

    public required CommitmentKind Kind { get; init; }

    public required string Description { get; init; }

    public long? Amount { get; init; }

    /// <summary>An ISO 4217 currency code (VND) or a count unit (scholarships, kits, courses…).</summary>
    public string? Unit { get; init; }

    public string? FromId { get; init; }

    public string? ToId { get; init; }

    public ImmutableArray<int> Years { get; init; } = [];

    /// <summary>Reviewed commitments are never overwritten by the loader.</summary>
    public bool Reviewed { get; init; }

    public string? ReviewedBy { get; init; }

    public DateTimeOffset? ReviewedAt { get; init; }

    // ImmutableArray compares by reference; a record must compare its years by value.
    public bool Equals(Commitment? other) =>
        other is not null
        && Id == other.Id && InstrumentId == other.InstrumentId && Kind == other.Kind && Description == other.Description
        && Amount == other.Amount && Unit == other.Unit && FromId == other.FromId && ToId == other.ToId
        && Years.AsSpan().SequenceEqual(other.Years.AsSpan())
        && Reviewed == other.Reviewed && ReviewedBy == other.ReviewedBy && ReviewedAt == other.ReviewedAt;

    public override int GetHashCode() => HashCode.Combine(Id, InstrumentId, Kind, Amount, Years.Length);
}
