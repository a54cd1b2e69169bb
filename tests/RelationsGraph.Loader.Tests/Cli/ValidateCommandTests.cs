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
