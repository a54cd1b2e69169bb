namespace RelationsGraph.Loader;

/// <summary>The loader's settings (configuration section "Loader").</summary>
public sealed class LoaderOptions
{
    public const string SectionName = "Loader";

    /// <summary>The graph-seed directory whose gazetteer the extractor uses, relative to the current directory.</summary>
    public string GraphSeed { get; set; } = "graph-seed";

    /// <summary>Documents larger than this are refused.</summary>
    public long MaxDocumentBytes { get; set; } = 20L * 1024 * 1024;

    /// <summary>Documents extracted at once; 0 means one per processor.</summary>
    public int Parallelism { get; set; }

    /// <summary>A progress bar is drawn on a terminal for batches of at least this many files.</summary>
    public int ProgressThreshold { get; set; } = 50;
}
