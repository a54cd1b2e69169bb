namespace RelationsGraph.Loader.Score;

/// <summary>A label file of the development corpus, as far as scoring needs it: the citation, the hash and the events.</summary>
public sealed record DocumentLabel(
    string Id,
    string Language,
    string Url,
    string Publisher,
    string Title,
    DateOnly? PublishedOn,
    string ContentHash,
    IReadOnlyList<ScoredEvent> Events);

/// <summary>A label file that breaks the format; every problem names its field ("events[0].parties[1].unit: …").</summary>
public sealed class LabelFileException(string file, IReadOnlyList<string> errors)
    : Exception($"{file}: {string.Join("; ", errors)}")
{
    public string File { get; } = file;

    public IReadOnlyList<string> Errors { get; } = errors;
}
