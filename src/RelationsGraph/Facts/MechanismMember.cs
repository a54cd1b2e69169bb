namespace RelationsGraph.Facts;

/// <summary>A unit's membership of a mechanism; open-ended where <c>From</c> or <c>To</c> is unknown.</summary>
public sealed record MechanismMember
{
    public required string MechanismId { get; init; }

    public required string UnitId { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }
}
