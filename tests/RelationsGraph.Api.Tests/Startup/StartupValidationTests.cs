using RelationsGraph.Testing;
using Xunit;

namespace RelationsGraph.Api.Tests.Startup;

/// <summary>
/// An invalid graph source stops the API at start-up with every error located by file, line and column, and a failure
/// exit code; nothing half-loaded is ever served. The API listens at once (answering 503 until its first snapshot is
/// in), so what is checked is that no snapshot was ever served. These run the API as its own process, as an operator
/// would.
/// </summary>
public sealed class StartupValidationTests
{
    [Fact]
    public async Task Invalid_seed_stops_start_up_naming_file_line_and_column()
    {
        using var copy = new SeedCopy();
        copy.Replace("parties.csv", "bac-giang-xaisomboun-police-agreement,VN-54,", "bac-giang-xaisomboun-police-agreement,VN-99,");
        copy.Append("instrument-links.csv", "bac-giang-plan-481-kh-ubnd-2022,implements,no-such-instrument");
        var line = LineOf(copy.File("parties.csv"), "bac-giang-xaisomboun-police-agreement,VN-99,");
        var linkLine = File.ReadAllLines(copy.File("instrument-links.csv")).Length;

        var run = await ApiProcess.RunUntilExitAsync(new Dictionary<string, string> { ["Seed:Path"] = copy.Path }, TestContext.Current.CancellationToken);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("The graph source has 2 error(s); nothing was loaded", run.Output, StringComparison.Ordinal);
        Assert.Contains($"graph-seed/parties.csv:{line}:2: unit_id: unknown unit 'VN-99'", run.Output, StringComparison.Ordinal);
        Assert.Contains($"graph-seed/instrument-links.csv:{linkLine}:3:", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Loaded the ", run.Output, StringComparison.Ordinal); // listened, but never served a snapshot
        AssertToldOnceWithoutStackTrace(run, $"graph-seed/parties.csv:{line}:2: unit_id: unknown unit 'VN-99'");
    }

    [Fact]
    public async Task Malformed_value_stops_start_up_naming_file_line_and_column()
    {
        using var copy = new SeedCopy();
        copy.Replace("units.csv", ",2025-06-30", ",2025-06-31");
        var line = LineOf(copy.File("units.csv"), ",2025-06-31");

        var run = await ApiProcess.RunUntilExitAsync(new Dictionary<string, string> { ["Seed:Path"] = copy.Path }, TestContext.Current.CancellationToken);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("The graph source has 1 error(s)", run.Output, StringComparison.Ordinal);
        Assert.Contains($"graph-seed/units.csv:{line}:9: valid_to: malformed date '2025-06-31'", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Loaded the ", run.Output, StringComparison.Ordinal); // listened, but never served a snapshot
    }

    [Fact]
    public async Task Missing_seed_directory_stops_start_up()
    {
        using var directory = new TemporaryDirectory();

        var run = await ApiProcess.RunUntilExitAsync(new Dictionary<string, string> { ["Seed:Path"] = Path.Combine(directory.Path, "nothing-here") }, TestContext.Current.CancellationToken);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("does not exist", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Loaded the ", run.Output, StringComparison.Ordinal); // listened, but never served a snapshot
    }

    [Fact]
    public async Task Invalid_setting_stops_start_up_in_one_line_without_a_stack_trace()
    {
        var run = await ApiProcess.RunUntilExitAsync(new Dictionary<string, string> { ["GraphQL:Limits:MaxErrors"] = "0" }, TestContext.Current.CancellationToken);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("GraphQL limits must be positive", run.Output, StringComparison.Ordinal);
        AssertToldOnceWithoutStackTrace(run, "GraphQL limits must be positive");
    }

    private static void AssertToldOnceWithoutStackTrace(ApiProcess run, string error)
    {
        var all = run.Output + run.Error;
        Assert.Equal(1, all.Split(error).Length - 1);
        Assert.DoesNotContain("   at ", all, StringComparison.Ordinal);
        Assert.DoesNotContain("Hosting failed to start", all, StringComparison.Ordinal);
    }

    private static int LineOf(string path, string text) =>
        Array.FindIndex(File.ReadAllLines(path), line => line.Contains(text, StringComparison.Ordinal)) + 1;
}
