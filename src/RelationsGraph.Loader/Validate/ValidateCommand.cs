using System.CommandLine;
using RelationsGraph.Loader.Cli;
using RelationsGraph.Loader.Extract;
using RelationsGraph.Seed;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Loader.Validate;

/// <summary>
/// <c>validate [DIR]</c>: the validation the API runs at start-up (read the graph-seed files, then validate and build
/// the snapshot), as a command: every located error on its own line on standard error and exit code 1, or a summary
/// of the valid graph and its version on standard output and exit code 0. With <c>--into TARGET</c>, a valid graph's
/// tables are then written into TARGET as one locked change (<see cref="SeedDirectory"/>): a served graph-seed sees
/// the whole change or none of it, and with <c>--expect-version</c> a change made to TARGET meanwhile is never
/// overwritten.
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
        var into = new Option<string?>("--into") { Description = "When valid, write its tables into this graph-seed directory as one locked change", HelpName = "TARGET" };
        var expectVersion = new Option<string?>("--expect-version") { Description = "With --into: write only if TARGET still has this version (as validate prints it)", HelpName = "VERSION" };
        var command = new Command("validate", "Check a graph-seed directory as the API does at start-up") { directory, into, expectVersion };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(directory), parse.GetValue(into), parse.GetValue(expectVersion), cancellationToken));
        return command;
    }

    public Task<int> RunAsync(string? directory, CancellationToken cancellationToken) => RunAsync(directory, into: null, expectVersion: null, cancellationToken);

    public async Task<int> RunAsync(string? directory, string? into, string? expectVersion, CancellationToken cancellationToken)
    {
        var path = seeds.Resolve(directory);
        if (expectVersion is not null && into is null)
        {
            await console.Error.WriteLineAsync("error: --expect-version needs --into");
            return ExitCodes.Usage;
        }

        var files = await SeedDirectory.ReadFilesAsync(path, cancellationToken);
        try
        {
            var snapshot = await SnapshotLoader.LoadAsync(new GraphSeedSource(path), timeProvider, cancellationToken);
            var info = snapshot.Info;
            await console.Out.WriteLineAsync(
                $"{path} is valid: {info.Units} units, {info.Instruments} instruments, {info.Mechanisms} mechanisms, {info.Sessions} sessions, {info.Commitments} commitments, {info.Documents} documents, {info.Evidence} evidence rows; version {files.Version}.");
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

        return into is null ? ExitCodes.Ok : await WriteIntoAsync(files, Path.GetFullPath(into), expectVersion, cancellationToken);
    }

    private async Task<int> WriteIntoAsync(SeedFiles files, string target, string? expectVersion, CancellationToken cancellationToken)
    {
        var tables = files.Tables.Where(table => table.Value is not null).ToDictionary(table => table.Key, table => table.Value!, StringComparer.Ordinal);
        try
        {
            var written = await SeedDirectory.CommitAsync(target, tables, expectVersion, afterMove: null, cancellationToken);
            await console.Out.WriteLineAsync(written.Count == 0
                ? $"{target} is already up to date."
                : $"Wrote {written.Count} file(s) into {target} as one change: {string.Join(", ", written)}.");
            return ExitCodes.Ok;
        }
        catch (SeedConflictException exception)
        {
            await console.Error.WriteLineAsync($"error: {exception.Message}");
            return ExitCodes.SomeInputsFailed;
        }
    }
}
