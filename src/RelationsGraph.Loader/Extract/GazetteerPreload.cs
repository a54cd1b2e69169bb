using Microsoft.Extensions.Configuration;
using RelationsGraph.Extraction.Places;
using RelationsGraph.Seed;

namespace RelationsGraph.Loader.Extract;

/// <summary>
/// The gazetteer of an <c>extract</c> run, read on another processor from the first moment: reading the graph seed's
/// gazetteer tables and building the extractor's gazetteer take about half a second of one processor, which would
/// otherwise wait for the host to be built and the command line to be parsed. The command line is only looked at
/// here to guess the directory; the run itself still parses it, and uses this read only if it names the same
/// directory with the same tables (else it reads its own). Errors surface when the run awaits the read, so they are
/// reported exactly as a read started there would report them.
/// </summary>
public sealed class GazetteerPreload
{
    private readonly string _directory;
    private readonly bool _gazetteerOnly;
    private Task<(GraphSeed Seed, PlaceNames Names)>? _load;

    private GazetteerPreload(string directory, bool gazetteerOnly, CancellationToken cancellationToken)
    {
        _directory = directory;
        _gazetteerOnly = gazetteerOnly;
        _load = Task.Run(() => GazetteerSource.LoadAsync(directory, gazetteerOnly, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Starts reading the gazetteer an <c>extract</c> command line will ask for (<c>--gazetteer</c>, else <c>--into</c>,
    /// else the configured <c>Loader:GraphSeed</c>); null for any other command line, or one this look cannot read
    /// with certainty (response files, an option given twice). Without <paramref name="configuration"/> (before the
    /// host's is read), only a directory the command line names is started.
    /// </summary>
    public static GazetteerPreload? Start(string[] args, IConfiguration? configuration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args is not ["extract", ..])
        {
            return null;
        }

        string? gazetteer = null;
        string? into = null;
        for (var i = 1; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg.StartsWith('@') || arg == "--")
            {
                return null;
            }

            if (!TryValue(args, ref i, "--gazetteer", ref gazetteer, out var ambiguous) && !TryValue(args, ref i, "--into", ref into, out ambiguous))
            {
                continue;
            }

            if (ambiguous)
            {
                return null;
            }
        }

        var directory = gazetteer ?? into;
        if (directory is null && configuration is not null)
        {
            directory = configuration[$"{LoaderOptions.SectionName}:{nameof(LoaderOptions.GraphSeed)}"] ?? new LoaderOptions().GraphSeed;
        }

        if (string.IsNullOrWhiteSpace(directory))
        {
            return null;
        }

        return new GazetteerPreload(Path.GetFullPath(directory), gazetteerOnly: into is null, cancellationToken);
    }

    /// <summary>The read started for this directory and these tables, once; null if it was started for others.</summary>
    public Task<(GraphSeed Seed, PlaceNames Names)>? Take(string directory, bool gazetteerOnly)
    {
        if (directory != _directory || gazetteerOnly != _gazetteerOnly)
        {
            return null;
        }

        return Interlocked.Exchange(ref _load, null);
    }

    /// <summary>Reads <c>NAME VALUE</c>, <c>NAME=VALUE</c> or <c>NAME:VALUE</c> at <paramref name="i"/>; a second occurrence is ambiguous.</summary>
    private static bool TryValue(string[] args, ref int i, string name, ref string? value, out bool ambiguous)
    {
        ambiguous = false;
        var arg = args[i];
        string? found;
        if (arg == name)
        {
            if (i + 1 >= args.Length)
            {
                ambiguous = true;
                return true;
            }

            found = args[++i];
        }
        else if (arg.Length > name.Length && arg.StartsWith(name, StringComparison.Ordinal) && arg[name.Length] is '=' or ':')
        {
            found = arg[(name.Length + 1)..];
        }
        else
        {
            return false;
        }

        ambiguous = value is not null;
        value = found;
        return true;
    }
}
