namespace RelationsGraph.Loader.Review;

/// <summary>
/// A fact's attributes as the reviewer sees and corrects them: exactly one of <see cref="Instrument"/> and
/// <see cref="Session"/>. Values are graph-seed's: ISO dates, snake_case codes, unit ids.
/// </summary>
internal sealed record FactForm
{
    public InstrumentForm? Instrument { get; init; }

    public SessionForm? Session { get; init; }
}

internal sealed record InstrumentForm
{
    public required string Kind { get; init; }

    public string? Number { get; init; }

    public required string Title { get; init; }

    public string? TitleVi { get; init; }

    /// <summary>YYYY-MM-DD, or null when unknown.</summary>
    public string? SignedOn { get; init; }

    public int? PeriodStart { get; init; }

    public int? PeriodEnd { get; init; }

    public required string Status { get; init; }

    public IReadOnlyList<string> Fields { get; init; } = [];

    public bool Background { get; init; }

    public IReadOnlyList<PartyForm> Parties { get; init; } = [];

    public IReadOnlyList<PersonForm> People { get; init; } = [];

    public IReadOnlyList<CommitmentForm> Commitments { get; init; } = [];

    /// <summary>This instrument implements, replaces or renews these.</summary>
    public IReadOnlyList<LinkForm> Links { get; init; } = [];
}

internal sealed record SessionForm
{
    public int? Ordinal { get; init; }

    public string? HeldOn { get; init; }

    public string? HostId { get; init; }

    public required string Mode { get; init; }

    public string? Title { get; init; }

    public IReadOnlyList<PersonForm> People { get; init; } = [];
}

internal sealed record PartyForm
{
    public required string UnitId { get; init; }

    public required string Level { get; init; }

    public string Role { get; init; } = "signatory";

    public string? Organisation { get; init; }

    public string? OrganisationVi { get; init; }
}

internal sealed record PersonForm
{
    public required string Name { get; init; }

    public required string Role { get; init; }

    public string? Title { get; init; }

    public string? UnitId { get; init; }
}

internal sealed record CommitmentForm
{
    /// <summary>The commitment's id; null for one the reviewer adds.</summary>
    public string? Id { get; init; }

    public required string Kind { get; init; }

    public required string Description { get; init; }

    public long? Amount { get; init; }

    public string? Unit { get; init; }

    /// <summary>The giver (a unit id).</summary>
    public string? FromId { get; init; }

    /// <summary>The receiver (a unit id).</summary>
    public string? ToId { get; init; }

    public IReadOnlyList<int> Years { get; init; } = [];
}

internal sealed record LinkForm
{
    public required string Type { get; init; }

    public required string To { get; init; }
}

/// <summary>A decision the reviewer cannot take as asked (an unknown fact, a value that is not one); nothing is written.</summary>
internal sealed class ReviewException : Exception
{
    public ReviewException()
    {
    }

    public ReviewException(string message)
        : base(message)
    {
    }

    public ReviewException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
