using System.CommandLine;
using System.Globalization;
using RelationsGraph.Loader.Cli;
using RelationsGraph.Loader.Extract;
using RelationsGraph.Neo4j;

namespace RelationsGraph.Loader.Neo4j;

/// <summary>
/// <c>load [DIR] [--force] [--batch-size N]</c>: validates a graph-seed directory as the API does and writes it into
/// Neo4j in one atomic load (docs/neo4j.md). Loading the version Neo4j already holds changes nothing.
/// </summary>
public sealed class LoadCommand(
    GazetteerSource seeds,
    Neo4jConfiguration neo4j,
    Lazy<Neo4jGraphLoader> graphLoader,
    LoaderConsole console) : ILoaderCommand
{
    public Command Create()
    {
        var directory = new Argument<string?>("DIR")
        {
            Description = "The graph-seed directory to load (default: the configured graph-seed)",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var force = new Option<bool>("--force") { Description = "Write the graph even when Neo4j already holds this version" };
        var batchSize = new Option<int>("--batch-size")
        {
            Description = "Rows per UNWIND statement",
            DefaultValueFactory = _ => Neo4jGraphLoader.DefaultBatchSize,
        };
        batchSize.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 100_000)
            {
                result.AddError("--batch-size must be from 1 to 100000.");
            }
        });
        var command = new Command("load", "Load a graph-seed directory into Neo4j (the store of record) in one atomic transaction")
        {
            directory, force, batchSize,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(directory), parse.GetValue(force), parse.GetValue(batchSize), cancellationToken));
        return command;
    }

    public async Task<int> RunAsync(string? directory, bool force, int batchSize, CancellationToken cancellationToken)
    {
        if (!await neo4j.EnsureConfiguredAsync())
        {
            return ExitCodes.SomeInputsFailed;
        }

        var path = seeds.Resolve(directory);
        if (await SeedInput.ReadValidAsync(path, console, "nothing was loaded", cancellationToken) is not { } source)
        {
            return ExitCodes.SomeInputsFailed;
        }

        try
        {
            var settings = new LoadSettings("graph-seed", force, batchSize);
            var result = await ProgressDisplay.RunAsync(console, total: 100, threshold: 1, "Loading into Neo4j", progress =>
                graphLoader.Value.LoadAsync(source.Seed, source.Version, settings, progress is null ? null : new Percent(progress), cancellationToken));
            var target = $"Neo4j database '{neo4j.Options.Database}' at {neo4j.Options.Uri}";
            await console.Out.WriteLineAsync(result.Unchanged
                ? $"{target} already holds version {result.Version}; nothing changed."
                : string.Create(CultureInfo.InvariantCulture, $"Loaded version {result.Version} into {target}: {result.Rows} rows in {result.Elapsed.TotalSeconds:F1} s ({result.RowsPerSecond:F0} rows/s)."));
            return ExitCodes.Ok;
        }
        catch (Exception exception) when (exception is Neo4jException or HttpRequestException or TimeoutException or InvalidOperationException)
        {
            await console.Error.WriteLineAsync("error: " + Neo4jConfiguration.Describe(exception));
            await console.Error.WriteLineAsync("The load was rolled back; Neo4j holds the graph it held before.");
            return ExitCodes.SomeInputsFailed;
        }
    }

    private sealed class Percent(IProgress<int> progress) : IProgress<LoadProgress>
    {
        public void Report(LoadProgress value) => progress.Report(value.Total == 0 ? 100 : value.Written * 100 / value.Total);
    }
}
