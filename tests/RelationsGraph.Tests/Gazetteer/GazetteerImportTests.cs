using System.Diagnostics;
using RelationsGraph.Seed;
using RelationsGraph.Testing;
using Xunit;

namespace RelationsGraph.Tests.Gazetteer;

/// <summary>
/// The committed gazetteer files are exactly what tools/gazetteer-import writes from its pinned sources and the hand
/// additions, and are in the graph-seed writer's canonical form.
/// </summary>
public sealed class GazetteerImportTests
{
    private static string ToolDirectory => Path.Combine(RepositoryPaths.Root, "tools", "gazetteer-import");

    [Fact]
    public async Task Committed_gazetteer_equals_a_fresh_import()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        if (!File.Exists(Path.Combine(ToolDirectory, "node_modules", "cldr", "package.json")))
        {
            var (installed, _, installError) = await RunAsync("npm", ["ci", "--no-audit", "--no-fund", "--ignore-scripts"], cancellationToken);
            Assert.True(installed == 0, "npm ci in tools/gazetteer-import failed: " + installError);
        }

        var (exitCode, output, error) = await RunAsync("node", ["import.mjs", "--check"], cancellationToken);

        Assert.True(exitCode == 0, $"node import.mjs --check exited with {exitCode}: {output}{error}");
    }

    [Fact]
    public async Task Committed_gazetteer_files_are_in_canonical_form()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var seed = await GraphSeedReader.ReadAsync(RepositoryPaths.GraphSeed, cancellationToken);
        using var directory = new TemporaryDirectory();

        await GraphSeedWriter.WriteAsync(seed, directory.Path, cancellationToken);

        foreach (var file in new[] { "countries.csv", "country-names.csv", "units.csv", "unit-names.csv", "successions.csv" })
        {
            Assert.Equal(
                await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.GraphSeed, file), cancellationToken),
                await File.ReadAllTextAsync(Path.Combine(directory.Path, file), cancellationToken));
        }
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(string program, string[] arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            WorkingDirectory = ToolDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return (process.ExitCode, await output, await error);
    }
}
