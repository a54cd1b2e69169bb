using RelationsGraph.Seed;
using RelationsGraph.Testing;
using Xunit;

namespace RelationsGraph.Tests.Seed;

/// <summary>
/// What any way of reading the files beside parsing them must keep (docs/benchmarks.md, branch `scale-13`): the
/// version is the hash of the very bytes parsed, a missing file reads as missing, and a read that fails or is
/// cancelled fails the whole read with its own error.
/// </summary>
public sealed class SeedReadVersionTests
{
    [Fact]
    public async Task Version_of_a_read_is_the_version_of_the_bytes_it_parsed()
    {
        using var copy = new SeedCopy();

        var (seed, version) = await GraphSeedReader.ReadWithVersionAsync(copy.Path, TestContext.Current.CancellationToken);
        var files = await SeedDirectory.ReadFilesAsync(copy.Path, TestContext.Current.CancellationToken);

        Assert.Equal(files.Version, version);
        Assert.NotEmpty(seed.Instruments);
        Assert.NotEmpty(seed.Parties);
        Assert.NotEmpty(seed.Evidence);
    }

    [Fact]
    public async Task A_missing_file_is_missing_for_the_version_and_an_error_for_the_reader()
    {
        using var copy = new SeedCopy();
        File.Delete(copy.File("rejections.csv"));
        var files = await SeedDirectory.ReadFilesAsync(copy.Path, TestContext.Current.CancellationToken);

        var error = await Assert.ThrowsAsync<SeedValidationException>(() => GraphSeedReader.ReadWithVersionAsync(copy.Path, TestContext.Current.CancellationToken));

        Assert.Null(files.Tables["rejections.csv"]);
        Assert.Contains(error.Errors, found => found.File.EndsWith("/rejections.csv", StringComparison.Ordinal) && found.Message.StartsWith("the file is missing", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_directory_that_cannot_be_read_fails_the_whole_read_with_its_own_error()
    {
        using var copy = new SeedCopy();
        await File.WriteAllTextAsync(copy.File(SeedDirectory.JournalName), "not a journal\n", TestContext.Current.CancellationToken);

        var error = await Assert.ThrowsAsync<SeedValidationException>(() => GraphSeedReader.ReadWithVersionAsync(copy.Path, TestContext.Current.CancellationToken));

        var only = Assert.Single(error.Errors);
        Assert.EndsWith("/" + SeedDirectory.JournalName, only.File, StringComparison.Ordinal);
        Assert.Equal(1, only.Line);
    }

    [Fact]
    public async Task A_cancelled_read_is_cancelled()
    {
        using var copy = new SeedCopy();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => GraphSeedReader.ReadWithVersionAsync(copy.Path, cancelled.Token));
    }
}
