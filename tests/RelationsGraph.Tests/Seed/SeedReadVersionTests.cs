using RelationsGraph.Seed;
using RelationsGraph.Testing;
using Xunit;

namespace RelationsGraph.Tests.Seed;

/// <summary>
/// The reader parses the first files while the last are read and hashes every file on the way: the version and the
/// rows are those of reading every file first, and a read that fails fails the whole read with its own error.
/// </summary>
public sealed class SeedReadingBesideParsingTests
{
    [Fact]
    public async Task Version_hashed_while_parsing_is_the_version_of_the_same_bytes()
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
    public async Task Version_hashed_while_parsing_counts_a_missing_file_as_the_reading_of_every_file_first_does()
    {
        using var copy = new SeedCopy();
        File.Delete(copy.File("rejections.csv"));
        var files = await SeedDirectory.ReadFilesAsync(copy.Path, TestContext.Current.CancellationToken);

        var error = await Assert.ThrowsAsync<SeedValidationException>(() => GraphSeedReader.ReadWithVersionAsync(copy.Path, TestContext.Current.CancellationToken));

        Assert.Null(files.Tables["rejections.csv"]);
        Assert.Contains(error.Errors, found => found.File.EndsWith("/rejections.csv", StringComparison.Ordinal) && found.Message.StartsWith("the file is missing", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_read_that_fails_on_the_reading_thread_fails_the_whole_read_with_its_error()
    {
        using var copy = new SeedCopy();
        await File.WriteAllTextAsync(copy.File(SeedDirectory.JournalName), "not a journal\n", TestContext.Current.CancellationToken);

        var error = await Assert.ThrowsAsync<SeedValidationException>(() => GraphSeedReader.ReadWithVersionAsync(copy.Path, TestContext.Current.CancellationToken));

        var only = Assert.Single(error.Errors);
        Assert.EndsWith("/" + SeedDirectory.JournalName, only.File, StringComparison.Ordinal);
        Assert.Equal(1, only.Line);
    }

    [Fact]
    public async Task A_cancelled_read_is_cancelled_before_any_file_is_parsed()
    {
        using var copy = new SeedCopy();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => GraphSeedReader.ReadWithVersionAsync(copy.Path, cancelled.Token));
    }
}
