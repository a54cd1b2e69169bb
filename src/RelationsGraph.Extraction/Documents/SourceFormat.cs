namespace RelationsGraph.Extraction.Documents;

/// <summary>The formats the loader reads.</summary>
public enum SourceFormat
{
    /// <summary>UTF-8 (or UTF-16 with a byte order mark) plain text, including text copies of web pages.</summary>
    Text,

    Html,
    Pdf,
    Docx,
}
