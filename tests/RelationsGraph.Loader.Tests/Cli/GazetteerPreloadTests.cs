using Microsoft.Extensions.Configuration;
using RelationsGraph.Loader.Extract;
using RelationsGraph.Testing;
using Xunit;

namespace RelationsGraph.Loader.Tests.Cli;

/// <summary>
/// An extract run reads its gazetteer on another processor from its first moment: the read must be the one the parsed
/// command line asks for, and a gazetteer that cannot be read must be reported exactly as a read started later would.
/// </summary>
public sealed class GazetteerPreloadTests
{
    private static readonly IConfiguration Configured = new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { ["Loader:GraphSeed"] = RepositoryPaths.GraphSeed })
        .Build();

    [Theory]
    [InlineData("--gazetteer", "{0}")]
    [InlineData("--gazetteer={0}")]
    [InlineData("--gazetteer:{0}")]
    public void The_named_gazetteer_is_started_before_the_configuration_is_read(params string[] options)
    {
        string[] args = ["extract", "a.txt", .. options.Select(option => string.Format(System.Globalization.CultureInfo.InvariantCulture, option, RepositoryPaths.GraphSeed)), "--json"];

        var preload = GazetteerPreload.Start(args, configuration: null, TestContext.Current.CancellationToken);

        Assert.NotNull(preload);
        Assert.Null(preload.Take(RepositoryPaths.GraphSeed, gazetteerOnly: false));
        Assert.NotNull(preload.Take(RepositoryPaths.GraphSeed, gazetteerOnly: true));
        Assert.Null(preload.Take(RepositoryPaths.GraphSeed, gazetteerOnly: true));
    }

    [Fact]
    public void Into_reads_the_whole_seed_and_the_configured_directory_waits_for_the_configuration()
    {
        using var target = new TemporaryDirectory();

        var into = GazetteerPreload.Start(["extract", "a.txt", "--into", target.Path], configuration: null, TestContext.Current.CancellationToken);
        var unnamed = GazetteerPreload.Start(["extract", "a.txt"], configuration: null, TestContext.Current.CancellationToken);
        var configured = GazetteerPreload.Start(["extract", "a.txt"], Configured, TestContext.Current.CancellationToken);

        Assert.NotNull(into?.Take(target.Path, gazetteerOnly: false));
        Assert.Null(unnamed);
        Assert.NotNull(configured?.Take(RepositoryPaths.GraphSeed, gazetteerOnly: true));
    }

    [Theory]
    [InlineData("score", "corpus")]
    [InlineData("extract", "a.txt", "--gazetteer", "x", "--gazetteer", "y")]
    [InlineData("extract", "a.txt", "--gazetteer")]
    [InlineData("extract", "@arguments.rsp")]
    [InlineData("extract", "--", "--gazetteer")]
    public void A_command_line_that_is_not_certain_starts_nothing(params string[] args)
    {
        Assert.Null(GazetteerPreload.Start(args, Configured, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_gazetteer_that_cannot_be_read_is_reported_as_before_and_nothing_is_extracted()
    {
        using var empty = new TemporaryDirectory();

        var run = await LoaderRun.StartAsync("extract", TestPaths.Seed("004"), "--json", "--gazetteer", empty.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.Equal($"error: cannot read the gazetteer from {empty.Path}:", run.ErrorLines[0]);
        Assert.Contains(run.ErrorLines, line => line.EndsWith("units.csv: the file is missing (expected columns: id,country,type,name,name_local,name_vi,parent,valid_from,valid_to,source)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_gazetteer_named_twice_is_still_a_usage_error()
    {
        using var empty = new TemporaryDirectory();

        var run = await LoaderRun.StartAsync("extract", TestPaths.Seed("004"), "--json", "--gazetteer", empty.Path, "--gazetteer", RepositoryPaths.GraphSeed);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Output);
    }
}
