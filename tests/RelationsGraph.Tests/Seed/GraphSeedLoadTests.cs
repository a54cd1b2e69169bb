using RelationsGraph.Testing;
using Xunit;

namespace RelationsGraph.Tests.Seed;

public sealed class GraphSeedLoadTests
{
    [Fact]
    public async Task Repository_seed_builds_a_snapshot()
    {
        var snapshot = await SeedGraph.LoadAsync();

        Assert.Equal("graph-seed", snapshot.Info.Source);
        Assert.True(snapshot.Info.Units > 300);
        Assert.True(snapshot.Info.Instruments > 10);
        Assert.NotEmpty(RepositoryPaths.GraphSeed);
    }
}
