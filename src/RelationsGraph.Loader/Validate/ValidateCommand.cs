using System.CommandLine;
using RelationsGraph.Loader.Cli;
using RelationsGraph.Loader.Extract;
using RelationsGraph.Seed;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Loader.Validate;

/// <summary>
/// <c>validate [DIR]</c>: the validation the API runs at start-up (read the graph-seed files, then validate and build
/// the snapshot), as a command: every located error on its own line on standard error and exit code 1, or a summary
/// of the valid graph on standard output and exit code 0.
/// </summary>
public sealed class ValidateCommand(GazetteerSource seeds, LoaderConsole console, TimeProvider timeProvider) : ILoaderCommand
{
    public Command Create()
    {
        var directory = new Argument<string?>("DIR")
        {
            Description = "The graph-seed directory (default: the configured graph-seed)",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command("validate", "Check a graph-seed directory as the API does at start-up") { directory };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(directory), cancellationToken));
        return command;
    }

    public async Task<int> RunAsync(string? directory, CancellationToken cancellationToken)
    {
        var path = seeds.Resolve(directory);
        try
        {
            var snapshot = await SnapshotLoader.LoadAsync(new GraphSeedSource(path), timeProvider, cancellationToken);
            var info = snapshot.Info;
            await console.Out.WriteLineAsync(
                $"{path} is valid: {info.Units} units, {info.Instruments} instruments, {info.Mechanisms} mechanisms, {info.Sessions} sessions, {info.Commitments} commitments, {info.Documents} documents, {info.Evidence} evidence rows.");
            return ExitCodes.Ok;
        }
        catch (SeedValidationException exception)
        {
            foreach (var error in exception.Errors)
            {
                await console.Error.WriteLineAsync(error.ToString());
            }

            await console.Error.WriteLineAsync($"{path}: {exception.Errors.Count} error(s); the API would not start with it.");
            return ExitCodes.SomeInputsFailed;
        }
    }
}
