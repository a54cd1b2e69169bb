namespace RelationsGraph.Extraction.Documents;

/// <summary>Limits on the documents the loader reads.</summary>
public sealed record DocumentReaderOptions
{
    public const long DefaultMaxBytes = 20L * 1024 * 1024;

    /// <summary>Larger files are refused before they are read (a 5 KB article and a 300-page PDF differ by far less).</summary>
    public long MaxBytes { get; init; } = DefaultMaxBytes;
}
