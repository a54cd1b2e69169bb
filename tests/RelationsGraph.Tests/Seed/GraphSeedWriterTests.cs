using RelationsGraph.Seed;
using RelationsGraph.Testing;
using Xunit;

namespace RelationsGraph.Tests.Seed;

public sealed class GraphSeedWriterTests
{
    [Fact]
    public async Task Writing_the_repository_seed_gives_byte_identical_files()
    {
        using var output = new TemporaryDirectory();
        var seed = await GraphSeedReader.ReadAsync(RepositoryPaths.GraphSeed, TestContext.Current.CancellationToken);

        await GraphSeedWriter.WriteAsync(seed, output.Path, TestContext.Current.CancellationToken);

        foreach (var table in SeedTables.All)
        {
            var expected = await File.ReadAllBytesAsync(Path.Combine(RepositoryPaths.GraphSeed, table.FileName), TestContext.Current.CancellationToken);
            var actual = await File.ReadAllBytesAsync(output.File(table.FileName), TestContext.Current.CancellationToken);
            Assert.True(expected.AsSpan().SequenceEqual(actual), $"{table.FileName} is not in canonical form");
        }
    }

    [Fact]
    public async Task Written_seed_reads_back_to_the_same_rows()
    {
        using var output = new TemporaryDirectory();
        var seed = await GraphSeedReader.ReadAsync(RepositoryPaths.GraphSeed, TestContext.Current.CancellationToken);

        await GraphSeedWriter.WriteAsync(seed, output.Path, TestContext.Current.CancellationToken);
        var again = await GraphSeedReader.ReadAsync(output.Path, TestContext.Current.CancellationToken);

        Assert.Equal(seed.Instruments, again.Instruments);
        Assert.Equal(seed.Evidence, again.Evidence);
        Assert.Equal(seed.Units, again.Units);
    }

    [Fact]
    public async Task Writing_leaves_no_temporary_files()
    {
        using var output = new TemporaryDirectory();
        var seed = await GraphSeedReader.ReadAsync(RepositoryPaths.GraphSeed, TestContext.Current.CancellationToken);

        await GraphSeedWriter.WriteAsync(seed, output.Path, TestContext.Current.CancellationToken);

        Assert.Equal(SeedTables.All.Select(table => table.FileName).Append(SeedDirectory.LockName).Order(), Directory.GetFiles(output.Path).Select(Path.GetFileName).Order());
    }
}
