namespace RelationsGraph.Extraction.Batch;

/// <summary>A document the batch could not read: the file as named and why, in one line.</summary>
public sealed record DocumentFailure(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}
