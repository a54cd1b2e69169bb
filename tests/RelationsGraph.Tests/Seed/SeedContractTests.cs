using RelationsGraph.Seed;
using RelationsGraph.Testing;
using Xunit;

namespace RelationsGraph.Tests.Seed;

/// <summary>The graph-seed files and columns are a public contract, documented in docs/graph-seed.md.</summary>
public sealed class SeedContractTests
{
    private static void Rewrite(SeedCopy copy, string file, Func<string, string> change) =>
        File.WriteAllLines(copy.File(file), File.ReadAllLines(copy.File(file)).Select(change));

    private static string Contract() =>
        string.Join('\n', SeedTables.All.Select(table => $"{table.FileName}: {string.Join(',', table.Columns)}")) + "\n";

    [Fact]
    public void Columns_match_the_verified_contract() =>
        SnapshotAssert.Matches(RepositoryPaths.Snapshots("RelationsGraph.Tests"), "graph-seed-columns", Contract());

    [Fact]
    public async Task Every_file_and_column_is_documented()
    {
        var documentation = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "docs", "graph-seed.md"), TestContext.Current.CancellationToken);

        foreach (var table in SeedTables.All)
        {
            Assert.Contains($"`{table.FileName}`", documentation, StringComparison.Ordinal);
            foreach (var column in table.Columns)
            {
                Assert.Contains($"`{column}`", documentation, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task Columns_added_later_may_be_missing_and_take_their_documented_defaults()
    {
        using var copy = new SeedCopy();
        Rewrite(copy, "sessions.csv", line => line.Replace(",source,confidence,", ",", StringComparison.Ordinal).Replace(",article,1,true,", ",true,", StringComparison.Ordinal));
        Rewrite(copy, "instruments.csv", line => line.Replace(",background,source,", ",background,", StringComparison.Ordinal)
            .Replace(",official_document,", ",", StringComparison.Ordinal).Replace(",article,", ",", StringComparison.Ordinal)
            .Replace(",related_summary,", ",", StringComparison.Ordinal).Replace(",related_headline,", ",", StringComparison.Ordinal));

        var graph = await Snapshots.SnapshotLoader.LoadAsync(new Snapshots.GraphSeedSource(copy.Path), TimeProvider.System, TestContext.Current.CancellationToken);

        var session = Assert.Single(graph.Sessions).Session;
        Assert.Equal((Facts.SourceKind.Article, 1.0, true), (session.Source, session.Confidence, session.Reviewed));
        Assert.All(graph.Instruments, instrument => Assert.Equal(Facts.SourceKind.Article, instrument.Instrument.Source));
        Assert.Equal(0.8, graph.InstrumentById["son-la-xaisomboun-minutes-2022-2024"].Instrument.Confidence);
    }

    [Fact]
    public async Task Repository_files_have_exactly_the_contract_headers()
    {
        foreach (var table in SeedTables.All)
        {
            var header = (await File.ReadAllLinesAsync(Path.Combine(RepositoryPaths.GraphSeed, table.FileName), TestContext.Current.CancellationToken))[0];
            Assert.Equal(string.Join(',', table.Columns), header);
        }
    }
}
