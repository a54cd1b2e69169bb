namespace RelationsGraph.Seed;

/// <summary>The graph's source has errors; nothing of it was loaded.</summary>
public sealed class SeedValidationException : Exception
{
    public SeedValidationException(IReadOnlyList<SeedError> errors)
        : base(FormatMessage(errors)) => Errors = errors;

    public SeedValidationException()
        : this([])
    {
    }

    public SeedValidationException(string message)
        : base(message) => Errors = [];

    public SeedValidationException(string message, Exception innerException)
        : base(message, innerException) => Errors = [];

    public IReadOnlyList<SeedError> Errors { get; }

    private static string FormatMessage(IReadOnlyList<SeedError> errors)
    {
        const int Shown = 50;
        var lines = errors.Take(Shown).Select(error => "  " + error);
        var more = errors.Count > Shown ? $"\n  … and {errors.Count - Shown} more" : string.Empty;
        return $"The graph source has {errors.Count} error(s); nothing was loaded:\n{string.Join('\n', lines)}{more}";
    }
}
