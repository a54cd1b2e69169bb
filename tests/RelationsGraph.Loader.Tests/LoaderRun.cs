using System.Text;
using RelationsGraph.Testing;
using Xunit;

namespace RelationsGraph.Loader.Tests;

/// <summary>One run of the loader in this process, with its standard output, standard error and exit code.</summary>
internal sealed record LoaderRun(int ExitCode, string Output, string Error, byte[] OutputBytes)
{
    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Runs the loader with the repository's graph-seed as gazetteer unless the arguments name another.</summary>
    public static Task<LoaderRun> StartAsync(params string[] args) => StartWithSettingsAsync(new Dictionary<string, string?>(), args);

    /// <summary>Runs the loader with some settings overridden (configuration keys, e.g. Neo4j:Uri).</summary>
    public static async Task<LoaderRun> StartWithSettingsAsync(IReadOnlyDictionary<string, string?> extra, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var bytes = new MemoryStream();
        var console = new LoaderConsole(output, error, () => bytes, errorIsTerminal: false);
        var settings = new Dictionary<string, string?> { ["Loader:GraphSeed"] = RepositoryPaths.GraphSeed };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        var exitCode = await LoaderApplication.RunAsync(args, console, TestContext.Current.CancellationToken, settings);
        var outputBytes = bytes.ToArray();
        return new LoaderRun(exitCode, output.ToString() + Encoding.UTF8.GetString(outputBytes), error.ToString(), outputBytes);
    }
}
