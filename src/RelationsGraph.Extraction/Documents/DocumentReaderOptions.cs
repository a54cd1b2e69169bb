namespace RelationsGraph.Extraction.Documents;

/// <summary>
/// The budget every document is read within: a file that would cost more is refused, naming the limit, before it
/// can cost unbounded time or memory. No format yields more text than the largest text file accepted.
/// </summary>
public sealed record DocumentReaderOptions
{
    public const long DefaultMaxBytes = 20L * 1024 * 1024;
    public const int DefaultMaxTextCharacters = 20 * 1024 * 1024;
    public const long DefaultMaxUnpackedBytes = 64L * 1024 * 1024;
    public const int DefaultMaxParagraphs = 100_000;
    public const int DefaultMaxPages = 2_000;
    public const int DefaultMaxHtmlDepth = 256;
    public const int DefaultMaxHtmlElements = 200_000;

    /// <summary>Larger files are refused before they are read (a 5 KB article and a 300-page PDF differ by far less).</summary>
    public long MaxBytes { get; init; } = DefaultMaxBytes;

    /// <summary>The longest text a document may yield, in UTF-16 code units, whatever its format.</summary>
    public int MaxTextCharacters { get; init; } = DefaultMaxTextCharacters;

    /// <summary>
    /// The most bytes a DOCX's zip entries or a PDF's compressed streams may expand to, counted while decompressing
    /// (a zip header's declared size is checked first but never trusted).
    /// </summary>
    public long MaxUnpackedBytes { get; init; } = DefaultMaxUnpackedBytes;

    /// <summary>The most paragraphs a DOCX may have (table cells included).</summary>
    public int MaxParagraphs { get; init; } = DefaultMaxParagraphs;

    /// <summary>The most pages a PDF may have.</summary>
    public int MaxPages { get; init; } = DefaultMaxPages;

    /// <summary>The deepest nesting of elements an HTML page may have (checked on the markup before it is parsed).</summary>
    public int MaxHtmlDepth { get; init; } = DefaultMaxHtmlDepth;

    /// <summary>The most elements an HTML page may have (checked on the markup before it is parsed).</summary>
    public int MaxHtmlElements { get; init; } = DefaultMaxHtmlElements;
}
