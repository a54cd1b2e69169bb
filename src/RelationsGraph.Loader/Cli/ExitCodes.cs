namespace RelationsGraph.Loader.Cli;

/// <summary>The loader's exit codes (docs/loader.md).</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>Some inputs failed (unreadable documents, an invalid graph-seed); the rest was processed.</summary>
    public const int SomeInputsFailed = 1;

    /// <summary>The command line was wrong: unknown command or option, missing argument.</summary>
    public const int Usage = 2;
}
