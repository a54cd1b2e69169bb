namespace RelationsGraph.Facts;

/// <summary>A person's part in an instrument or session, with the title they held then.</summary>
public sealed record PersonRole
{
    public required string PersonId { get; init; }

    /// <summary>The instrument or session.</summary>
    public required string SubjectId { get; init; }

    public required PersonRoleKind Role { get; init; }

    public string? Title { get; init; }
}
