namespace RelationsGraph.Facts;

/// <summary>A named person who signed or attended, and the unit they acted for.</summary>
public sealed record Person
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public string? UnitId { get; init; }
}
