using RelationsGraph.Seed;
using RelationsGraph.Testing;
using Xunit;

namespace RelationsGraph.Tests.Seed;

/// <summary>The graph-seed files and columns are a public contract, documented in docs/graph-seed.md.</summary>
public sealed class SeedContractTests
{
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
    public async Task Repository_files_have_exactly_the_contract_headers()
    {
        foreach (var table in SeedTables.All)
        {
            var header = (await File.ReadAllLinesAsync(Path.Combine(RepositoryPaths.GraphSeed, table.FileName), TestContext.Current.CancellationToken))[0];
            Assert.Equal(string.Join(',', table.Columns), header);
        }
    }
}
