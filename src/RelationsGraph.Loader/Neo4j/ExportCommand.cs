using System.CommandLine;
using System.Text;
using RelationsGraph.Loader.Cli;
using RelationsGraph.Loader.Extract;
using RelationsGraph.Neo4j;

namespace RelationsGraph.Loader.Neo4j;

/// <summary>
/// <c>export --cypher [DIR] [--output FILE]</c>: a plain Cypher script that builds the whole graph in an empty Neo4j
/// through cypher-shell or Neo4j Browser, for offices without a network path to the loader.
/// </summary>
public sealed class ExportCommand(GazetteerSource seeds, LoaderConsole console, TimeProvider timeProvider) : ILoaderCommand
{
    public Command Create()
    {
        var directory = new Argument<string?>("DIR") { Description = "The graph-seed directory (default: the configured graph-seed)", Arity = ArgumentArity.ZeroOrOne };
        var cypher = new Option<bool>("--cypher") { Description = "Export as a Cypher script (the only format so far)" };
        var output = new Option<string?>("--output", "-o") { Description = "The file to write (default: standard output); written whole or not at all" };
        var command = new Command("export", "Export the graph as a Cypher script that builds it in an empty Neo4j") { directory, cypher, output };
        command.Validators.Add(result =>
        {
            if (result.GetResult(cypher) is null)
            {
                result.AddError("Name the format: --cypher (a Cypher script for cypher-shell or Neo4j Browser).");
            }
        });
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(directory), parse.GetValue(output), cancellationToken));
        return command;
    }

    public async Task<int> RunAsync(string? directory, string? output, CancellationToken cancellationToken)
    {
        var path = seeds.Resolve(directory);
        if (await SeedInput.ReadValidAsync(path, console, "nothing was exported", cancellationToken) is not { } source)
        {
            return ExitCodes.SomeInputsFailed;
        }

        async Task Write(Stream stream)
        {
            await using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true) { NewLine = "\n" };
            await CypherExport.WriteAsync(source.Seed, source.Version, "graph-seed", timeProvider.GetUtcNow(), writer, cancellationToken);
        }

        if (output is null)
        {
            // Standard output belongs to the process: written and flushed, never closed here.
            var stream = console.OpenOutput();
            await Write(stream);
            await stream.FlushAsync(cancellationToken);
        }
        else
        {
            await AtomicFile.WriteAsync(output, Write, cancellationToken);
            await console.Error.WriteLineAsync($"Wrote {Path.GetFullPath(output)} (version {source.Version}).");
        }

        return ExitCodes.Ok;
    }
}
