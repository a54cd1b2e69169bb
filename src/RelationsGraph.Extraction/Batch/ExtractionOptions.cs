using RelationsGraph.Extraction.Documents;

namespace RelationsGraph.Extraction.Batch;

/// <summary>How a batch reads and extracts documents.</summary>
public sealed record ExtractionOptions
{
    public DocumentReaderOptions Reader { get; init; } = new();

    /// <summary>How many documents are read and extracted at once; the processor count by default.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;
}
