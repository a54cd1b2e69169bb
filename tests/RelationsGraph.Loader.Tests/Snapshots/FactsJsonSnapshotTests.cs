using RelationsGraph.Testing;
using Xunit;

namespace RelationsGraph.Loader.Tests.Snapshots;

/// <summary>The facts JSON is a public contract: the output for each seed document is pinned by a verified snapshot.</summary>
public sealed class FactsJsonSnapshotTests
{
    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public async Task Facts_json_of_a_seed_document_matches_its_verified_snapshot(string number)
    {
        var run = await LoaderRun.StartAsync("extract", TestPaths.Seed(number), "--json");

        Assert.Equal(0, run.ExitCode);
        SnapshotAssert.Matches(TestPaths.Snapshots, $"seed-{number}.facts.json", run.Output);
    }

    [Fact]
    public async Task Help_text_matches_its_verified_snapshot()
    {
        var root = await LoaderRun.StartAsync("--help");
        var extract = await LoaderRun.StartAsync("extract", "--help");
        var validate = await LoaderRun.StartAsync("validate", "--help");
        var score = await LoaderRun.StartAsync("score", "--help");

        Assert.Equal((0, 0, 0, 0), (root.ExitCode, extract.ExitCode, validate.ExitCode, score.ExitCode));
        SnapshotAssert.Matches(TestPaths.Snapshots, "help", $"$ relationsgraph-loader --help\n{root.Output}\n$ relationsgraph-loader extract --help\n{extract.Output}\n$ relationsgraph-loader validate --help\n{validate.Output}\n$ relationsgraph-loader score --help\n{score.Output}");
    }
}
