namespace RelationsGraph.Extraction.Documents;

/// <summary>A document could not be read; the message says why in words fit for a one-line error report.</summary>
public sealed class DocumentReadException : Exception
{
    public DocumentReadException()
    {
    }

    public DocumentReadException(string message)
        : base(message)
    {
    }

    public DocumentReadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
