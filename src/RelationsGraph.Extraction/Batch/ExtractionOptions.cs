using RelationsGraph.Extraction.Documents;

namespace RelationsGraph.Extraction.Batch;

/// <summary>How a batch reads and extracts documents.</summary>
public sealed record ExtractionOptions
{
    public DocumentReaderOptions Reader { get; init; } = new();

    /// <summary>How many documents are read and extracted at once; the processor count by default.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// What is known of each document beyond its bytes (a metadata sidecar's URL, publisher, title and date), added
    /// after it is read; it may refuse a document by throwing <see cref="DocumentReadException"/>. None by default.
    /// </summary>
    public Func<DocumentText, DocumentText>? Describe { get; init; }
}
