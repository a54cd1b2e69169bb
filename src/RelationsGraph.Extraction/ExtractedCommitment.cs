using System.Collections.Immutable;
using RelationsGraph.Facts;

namespace RelationsGraph.Extraction;

/// <summary>A pledge stated under a relation: what, how much (money as an ISO currency, or a count), from whom, to whom, when.</summary>
public sealed record ExtractedCommitment
{
    public required CommitmentKind Kind { get; init; }

    public long? Amount { get; init; }

    /// <summary>An ISO 4217 code for money, otherwise what is counted (scholarships, courses, kits…).</summary>
    public string? Unit { get; init; }

    public string? FromId { get; init; }

    public string? ToId { get; init; }

    public ImmutableArray<int> Years { get; init; } = [];

    /// <summary>The clause that states the pledge, as written.</summary>
    public required string Description { get; init; }

    public required ExtractedEvidence Evidence { get; init; }
}
