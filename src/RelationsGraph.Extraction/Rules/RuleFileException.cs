namespace RelationsGraph.Extraction.Rules;

/// <summary>A rule file that cannot be used, with the file and line at fault: <c>Rules/vi/cues.tsv:12: unknown cue 'sgin'</c>.</summary>
public sealed class RuleFileException : Exception
{
    public RuleFileException()
    {
    }

    public RuleFileException(string message)
        : base(message)
    {
    }

    public RuleFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal RuleFileException(string file, int line, string message)
        : base($"{file}:{line}: {message}")
    {
        File = file;
        Line = line;
    }

    public string? File { get; }

    public int Line { get; }
}
