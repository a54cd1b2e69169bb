using RelationsGraph.Extraction.Documents;

namespace RelationsGraph.Loader;

/// <summary>The loader's settings (configuration section "Loader").</summary>
public sealed class LoaderOptions
{
    public const string SectionName = "Loader";

    /// <summary>The graph-seed directory whose gazetteer the extractor uses, relative to the current directory.</summary>
    public string GraphSeed { get; set; } = "graph-seed";

    /// <summary>Documents larger than this are refused.</summary>
    public long MaxDocumentBytes { get; set; } = DocumentReaderOptions.DefaultMaxBytes;

    /// <summary>Documents whose text is longer than this many characters are refused, whatever their format.</summary>
    public int MaxTextCharacters { get; set; } = DocumentReaderOptions.DefaultMaxTextCharacters;

    /// <summary>A DOCX whose zip entries, or a PDF whose compressed streams, unpack to more bytes than this is refused.</summary>
    public long MaxUnpackedBytes { get; set; } = DocumentReaderOptions.DefaultMaxUnpackedBytes;

    /// <summary>A DOCX with more paragraphs than this is refused.</summary>
    public int MaxParagraphs { get; set; } = DocumentReaderOptions.DefaultMaxParagraphs;

    /// <summary>A PDF with more pages than this is refused.</summary>
    public int MaxPages { get; set; } = DocumentReaderOptions.DefaultMaxPages;

    /// <summary>An HTML page whose elements nest deeper than this is refused before it is parsed.</summary>
    public int MaxHtmlDepth { get; set; } = DocumentReaderOptions.DefaultMaxHtmlDepth;

    /// <summary>An HTML page with more elements than this is refused before it is parsed.</summary>
    public int MaxHtmlElements { get; set; } = DocumentReaderOptions.DefaultMaxHtmlElements;

    /// <summary>Documents extracted at once; 0 means one per processor.</summary>
    public int Parallelism { get; set; }

    /// <summary>A progress bar is drawn on a terminal for batches of at least this many files.</summary>
    public int ProgressThreshold { get; set; } = 50;
}
