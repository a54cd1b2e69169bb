using RelationsGraph.Seed;
using RelationsGraph.Testing;
using Xunit;

namespace RelationsGraph.Api.Tests.Startup;

/// <summary>An invalid graph source stops the API at start-up with located errors; nothing half-loaded is served.</summary>
public sealed class StartupValidationTests
{
    [Fact]
    public void Invalid_seed_stops_start_up_naming_file_line_and_column()
    {
        using var copy = new SeedCopy();
        copy.Replace("parties.csv", "bac-giang-xaisomboun-police-agreement,VN-54,", "bac-giang-xaisomboun-police-agreement,VN-99,");
        copy.Append("instrument-links.csv", "bac-giang-plan-481-kh-ubnd-2022,implements,no-such-instrument");
        using var server = ApiServer.WithSettings(new Dictionary<string, string?> { ["Seed:Path"] = copy.Path });

        var exception = Assert.ThrowsAny<Exception>(() => server.BaseAddress);

        var validation = FindValidationError(exception);
        Assert.Contains(validation.Errors, error => error.File == "graph-seed/parties.csv" && error.Column == 2 && error.Message.Contains("VN-99", StringComparison.Ordinal));
        Assert.Contains(validation.Errors, error => error.File == "graph-seed/instrument-links.csv" && error.Column == 3 && error.Line > 1);
    }

    [Fact]
    public void Malformed_value_stops_start_up_naming_file_line_and_column()
    {
        using var copy = new SeedCopy();
        copy.Replace("units.csv", ",2025-06-30", ",2025-06-31");
        using var server = ApiServer.WithSettings(new Dictionary<string, string?> { ["Seed:Path"] = copy.Path });

        var exception = Assert.ThrowsAny<Exception>(() => server.BaseAddress);

        var error = Assert.Single(FindValidationError(exception).Errors);
        Assert.Equal(("graph-seed/units.csv", 8, "valid_to"), (error.File, error.Column, error.ColumnName));
        Assert.Contains("malformed date '2025-06-31'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_seed_directory_stops_start_up()
    {
        using var directory = new TemporaryDirectory();
        using var server = ApiServer.WithSettings(new Dictionary<string, string?> { ["Seed:Path"] = Path.Combine(directory.Path, "nothing-here") });

        var exception = Assert.ThrowsAny<Exception>(() => server.BaseAddress);

        Assert.Contains("does not exist", FindValidationError(exception).Message, StringComparison.Ordinal);
    }

    private static SeedValidationException FindValidationError(Exception exception) =>
        SelfAndInner(exception).OfType<SeedValidationException>().FirstOrDefault()
        ?? throw new Xunit.Sdk.XunitException("No SeedValidationException in " + exception);

    private static IEnumerable<Exception> SelfAndInner(Exception exception)
    {
        yield return exception;
        var inner = exception is AggregateException aggregate ? aggregate.InnerExceptions : (IEnumerable<Exception>)[.. exception.InnerException is null ? [] : new[] { exception.InnerException }];
        foreach (var child in inner.SelectMany(SelfAndInner))
        {
            yield return child;
        }
    }
}
