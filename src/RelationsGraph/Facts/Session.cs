namespace RelationsGraph.Facts;

/// <summary>A conference or meeting of a mechanism, e.g. its 13th conference.</summary>
public sealed record Session
{
    public required string Id { get; init; }

    public required string MechanismId { get; init; }

    public int? Ordinal { get; init; }

    public DateOnly? HeldOn { get; init; }

    /// <summary>The unit that hosted the session, when the sources say.</summary>
    public string? HostId { get; init; }

    public SessionMode Mode { get; init; } = SessionMode.Unknown;

    public string? Title { get; init; }

    /// <summary>The best place a source states the session.</summary>
    public SourceKind Source { get; init; } = SourceKind.Article;

    /// <summary>How sure the extraction or the reviewer is of the fact, from 0 to 1.</summary>
    public double Confidence { get; init; } = 1;

    /// <summary>Reviewed sessions are never overwritten by the loader.</summary>
    public bool Reviewed { get; init; }

    public string? ReviewedBy { get; init; }

    public DateTimeOffset? ReviewedAt { get; init; }
}
