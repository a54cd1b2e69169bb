using System.CommandLine;
using System.CommandLine.Help;

namespace RelationsGraph.Loader.Cli;

/// <summary>
/// The loader's command line: one subcommand per registered <see cref="ILoaderCommand"/>, help on -h/--help, and
/// exit code 2 with one error line per problem for a command line that does not parse.
/// </summary>
public sealed class LoaderCommandLine(IEnumerable<ILoaderCommand> commands, LoaderConsole console)
{
    public const string Name = "relationsgraph-loader";

    public RootCommand Create()
    {
        var root = new RootCommand(
            "Reads source documents about the foreign relations of Vietnam's provinces into facts with evidence, and loads,\n"
            + "queries and exports the graph in Neo4j.\n"
            + "Exit codes: 0 success, 1 some inputs failed (the rest was processed), 2 usage error.")
        {
            HelpName = Name,
        };
        foreach (var command in commands)
        {
            root.Subcommands.Add(command.Create());
        }

        return root;
    }

    public async Task<int> InvokeAsync(string[] args, CancellationToken cancellationToken)
    {
        var parse = Create().Parse(args);
        var configuration = new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false };
        if (parse.Errors.Count > 0 && parse.Action is not HelpAction)
        {
            foreach (var error in parse.Errors)
            {
                await console.Error.WriteLineAsync($"error: {error.Message}");
            }

            await console.Error.WriteLineAsync($"Run '{Name} --help' for usage.");
            return ExitCodes.Usage;
        }

        return await parse.InvokeAsync(configuration, cancellationToken);
    }
}
