namespace RelationsGraph.Facts;

/// <summary>A standing multilateral body, such as a joint working committee of border provinces.</summary>
public sealed record Mechanism
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public string? NameVi { get; init; }

    public DateOnly? EstablishedOn { get; init; }
}
