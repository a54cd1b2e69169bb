using System.Text.RegularExpressions;
using RelationsGraph.Seed;
using RelationsGraph.Testing;
using Xunit;

namespace RelationsGraph.Loader.Tests.Cli;

/// <summary><c>validate</c> reports what the API start-up reports: every located error, one per line.</summary>
public sealed class ValidateCommandTests
{
    [Fact]
    public async Task The_repository_graph_seed_is_valid()
    {
        var run = await LoaderRun.StartAsync("validate", RepositoryPaths.GraphSeed);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("is valid:", run.Output, StringComparison.Ordinal);
        Assert.Empty(run.Error);
    }

    [Fact]
    public async Task Every_error_of_a_broken_graph_seed_is_reported_on_its_own_line_with_exit_code_1()
    {
        using var copy = new SeedCopy();
        copy.Replace("parties.csv", "bac-giang-plan-481-kh-ubnd-2022,LA-XS,", "bac-giang-plan-481-kh-ubnd-2022,LA-ZZ,");
        copy.Replace("instruments.csv", "2022-08-25,,,concluded", "2022-13-25,,,concluded");
        var expected = await ExpectedErrorsAsync(copy.Path);

        var run = await LoaderRun.StartAsync("validate", copy.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(expected, run.ErrorLines[..^1]);
        Assert.EndsWith("error(s); the API would not start with it.", run.ErrorLines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reference_error_is_reported_as_the_validator_locates_it()
    {
        using var copy = new SeedCopy();
        copy.Replace("parties.csv", "bac-giang-plan-481-kh-ubnd-2022,LA-XS,", "bac-giang-plan-481-kh-ubnd-2022,LA-ZZ,");

        var run = await LoaderRun.StartAsync("validate", copy.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("graph-seed/parties.csv:2:2: unit_id: unknown unit 'LA-ZZ' (not in units.csv)", run.ErrorLines[0]);
    }

    [Fact]
    public async Task A_valid_graph_is_written_into_the_target_as_one_change_only_while_the_target_has_the_expected_version()
    {
        using var source = new SeedCopy();
        using var target = new SeedCopy();
        source.Replace("instruments.csv", "\"Plan No 481/KH-UBND on implementation", "\"Plan No. 481/KH-UBND on implementation");
        var expected = await File.ReadAllTextAsync(source.File("instruments.csv"), TestContext.Current.CancellationToken);
        var read = await LoaderRun.StartAsync("validate", target.Path);
        var version = Regex.Match(read.Output, "version (sha256:[0-9a-f]+)").Groups[1].Value;
        target.Replace("instruments.csv", "\"Plan No 667/KH-UBND", "\"Plan No. 667/KH-UBND");
        var curated = await File.ReadAllTextAsync(target.File("instruments.csv"), TestContext.Current.CancellationToken);

        var stale = await LoaderRun.StartAsync("validate", source.Path, "--into", target.Path, "--expect-version", version);
        var current = Regex.Match((await LoaderRun.StartAsync("validate", target.Path)).Output, "version (sha256:[0-9a-f]+)").Groups[1].Value;
        var staleLeft = await File.ReadAllTextAsync(target.File("instruments.csv"), TestContext.Current.CancellationToken);
        var fresh = await LoaderRun.StartAsync("validate", source.Path, "--into", target.Path, "--expect-version", current);

        Assert.StartsWith("sha256:", version, StringComparison.Ordinal);
        Assert.Equal(1, stale.ExitCode);
        Assert.Contains("changed since version", stale.Error, StringComparison.Ordinal);
        Assert.Equal(curated, staleLeft);
        Assert.True(fresh.ExitCode == 0, fresh.Error);
        Assert.EndsWith("as one change: instruments.csv.", fresh.Output.TrimEnd(), StringComparison.Ordinal);
        Assert.Equal(expected, await File.ReadAllTextAsync(target.File("instruments.csv"), TestContext.Current.CancellationToken));
        Assert.False(File.Exists(target.File(SeedDirectory.JournalName)));
        Assert.Empty(Directory.GetFiles(target.Path, "*.tmp"));
    }

    [Fact]
    public async Task An_invalid_graph_is_not_written_into_the_target()
    {
        using var source = new SeedCopy();
        using var target = new SeedCopy();
        source.Replace("parties.csv", "bac-giang-plan-481-kh-ubnd-2022,LA-XS,", "bac-giang-plan-481-kh-ubnd-2022,LA-ZZ,");
        var before = Directory.GetFiles(target.Path).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();

        var run = await LoaderRun.StartAsync("validate", source.Path, "--into", target.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(before, Directory.GetFiles(target.Path).Order(StringComparer.Ordinal).Select(File.ReadAllText));
    }

    private static async Task<string[]> ExpectedErrorsAsync(string directory)
    {
        try
        {
            var seed = await GraphSeedReader.ReadAsync(directory, TestContext.Current.CancellationToken);
            return [.. SeedValidator.Validate(seed).Select(error => error.ToString())];
        }
        catch (SeedValidationException exception)
        {
            return [.. exception.Errors.Select(error => error.ToString())];
        }
    }
}
