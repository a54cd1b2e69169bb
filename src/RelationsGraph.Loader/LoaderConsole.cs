namespace RelationsGraph.Loader;

/// <summary>
/// Where the loader writes: standard output for results only (the facts JSON with --json), standard error for
/// errors, summaries, logs and the progress bar. Tests give it writers of their own.
/// </summary>
public sealed class LoaderConsole(TextWriter output, TextWriter error, Func<Stream> openOutput, bool errorIsTerminal)
{
    public static LoaderConsole Standard { get; } = new(Console.Out, Console.Error, Console.OpenStandardOutput, !Console.IsErrorRedirected);

    public TextWriter Out { get; } = output;

    public TextWriter Error { get; } = error;

    /// <summary>True when standard error is a terminal, where a progress bar can be drawn.</summary>
    public bool ErrorIsTerminal { get; } = errorIsTerminal;

    /// <summary>Standard output as bytes, for output that must be exactly UTF-8 without a byte order mark.</summary>
    public Stream OpenOutput() => openOutput();
}
