using RelationsGraph.Extraction.Places;
using RelationsGraph.Loader.Extract;
using RelationsGraph.Seed;
using RelationsGraph.Testing;
using Xunit;

namespace RelationsGraph.Loader.Tests.Cli;

/// <summary>
/// The gazetteer tables an extract run parsed are kept on disk for the next run, under the version of the CSV files'
/// bytes: a file of that version is read instead of the CSV files; a missing, stale, truncated or corrupt one is
/// ignored and written again from the CSV files; invalid CSV files are reported and never kept.
/// </summary>
public sealed class GazetteerCacheTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_file_gives_back_every_row_of_every_gazetteer_table_of_the_repository()
    {
        var parsed = await GraphSeedReader.ReadGazetteerAsync(RepositoryPaths.GraphSeed, Cancellation);

        var read = GazetteerTablesFile.TryRead(GazetteerTablesFile.Write(parsed, "sha256:0123456789abcdef"), "sha256:0123456789abcdef");

        Assert.NotNull(read);
        AssertSameTables(parsed, read);
    }

    [Fact]
    public async Task A_miss_parses_the_csv_files_and_keeps_them_and_the_next_load_reads_the_kept_file()
    {
        using var seed = new SeedCopy();
        using var folder = new TemporaryDirectory();
        var cache = new GazetteerCache(folder.Path);

        var first = await LoadAsync(seed.Path, cache);
        var version = await VersionAsync(seed.Path);
        var kept = await cache.TryReadAsync(seed.Path, version, Cancellation);
        Assert.NotNull(kept);
        AssertSameTables(first.Seed, kept);

        // Kept tables that differ from the CSV files (as no real run writes them) show that the next load reads them.
        var marked = first.Seed with { Units = [.. first.Seed.Units.Select(unit => unit.Id == "LA-VT" ? unit with { Name = "Vientiane From The Cache" } : unit)] };
        await cache.WriteAsync(seed.Path, version, marked, Cancellation);
        var second = await LoadAsync(seed.Path, cache);

        Assert.Equal("Vientiane From The Cache", second.Seed.Units.Single(unit => unit.Id == "LA-VT").Name);
        Assert.True(second.Names.TryGetUnits(NameKey("Vientiane From The Cache"), out _));
    }

    [Fact]
    public async Task A_changed_csv_file_is_a_new_version_the_kept_file_is_not_read_and_is_replaced()
    {
        using var seed = new SeedCopy();
        using var folder = new TemporaryDirectory();
        var cache = new GazetteerCache(folder.Path);
        var before = await LoadAsync(seed.Path, cache);
        var oldVersion = await VersionAsync(seed.Path);

        seed.Replace("units.csv", "LA-VT,LA,capital,Vientiane Capital,", "LA-VT,LA,capital,Vientiane Capital City,");
        var after = await LoadAsync(seed.Path, cache);
        var newVersion = await VersionAsync(seed.Path);

        Assert.Equal("Vientiane Capital", before.Seed.Units.Single(unit => unit.Id == "LA-VT").Name);
        Assert.Equal("Vientiane Capital City", after.Seed.Units.Single(unit => unit.Id == "LA-VT").Name);
        Assert.NotEqual(oldVersion, newVersion);
        Assert.Null(await cache.TryReadAsync(seed.Path, oldVersion, Cancellation));
        Assert.Equal("Vientiane Capital City", (await cache.TryReadAsync(seed.Path, newVersion, Cancellation))!.Units.Single(unit => unit.Id == "LA-VT").Name);
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("a byte flipped")]
    [InlineData("empty")]
    [InlineData("not a cache file")]
    public async Task A_truncated_or_corrupt_file_is_ignored_and_written_again_from_the_csv_files(string damage)
    {
        using var seed = new SeedCopy();
        using var folder = new TemporaryDirectory();
        var cache = new GazetteerCache(folder.Path);
        var truth = await LoadAsync(seed.Path, cache);
        var path = cache.FileFor(seed.Path);
        var bytes = await File.ReadAllBytesAsync(path, Cancellation);
        var damaged = damage switch
        {
            "truncated" => bytes[..(bytes.Length / 2)],
            "a byte flipped" => FlipByte(bytes, bytes.Length - 100),
            "empty" => Array.Empty<byte>(),
            _ => "id,country,type\n"u8.ToArray(),
        };
        await File.WriteAllBytesAsync(path, damaged, Cancellation);
        var version = await VersionAsync(seed.Path);
        Assert.Null(await cache.TryReadAsync(seed.Path, version, Cancellation));

        var loaded = await LoadAsync(seed.Path, cache);

        AssertSameTables(truth.Seed, loaded.Seed);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(path, Cancellation));
    }

    [Fact]
    public async Task Invalid_csv_files_are_reported_and_nothing_is_kept()
    {
        using var seed = new SeedCopy();
        using var folder = new TemporaryDirectory();
        var cache = new GazetteerCache(folder.Path);
        seed.Append("units.csv", "\"broken");

        var failure = await Assert.ThrowsAsync<SeedValidationException>(() => LoadAsync(seed.Path, cache));

        Assert.Contains(failure.Errors, error => error.File.EndsWith("units.csv", StringComparison.Ordinal) && error.Line is not null);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.Path));
    }

    [Fact]
    public async Task An_extract_run_gives_the_same_bytes_from_the_csv_files_and_from_the_cache_and_the_setting_turns_the_cache_off()
    {
        using var seed = new SeedCopy();
        using var folder = new TemporaryDirectory();
        using var off = new TemporaryDirectory();
        var cached = new Dictionary<string, string?> { ["Loader:GazetteerCache"] = folder.Path };
        var disabled = new Dictionary<string, string?> { ["Loader:GazetteerCache"] = off.Path, ["Loader:UseGazetteerCache"] = "false" };
        string[] args = ["extract", TestPaths.Seed("004"), "--json", "--gazetteer", seed.Path];

        var cold = await LoaderRun.StartWithSettingsAsync(cached, args);
        var written = File.Exists(new GazetteerCache(folder.Path).FileFor(seed.Path));
        var warm = await LoaderRun.StartWithSettingsAsync(cached, args);
        var without = await LoaderRun.StartWithSettingsAsync(disabled, args);

        Assert.Equal(0, cold.ExitCode);
        Assert.True(written);
        Assert.NotEmpty(cold.OutputBytes);
        Assert.Equal(cold.OutputBytes, warm.OutputBytes);
        Assert.Equal(cold.OutputBytes, without.OutputBytes);
        Assert.Empty(Directory.EnumerateFileSystemEntries(off.Path));
    }

    [Fact]
    public void The_cache_is_turned_off_by_its_setting_and_kept_in_the_folder_named()
    {
        using var folder = new TemporaryDirectory();

        Assert.Null(GazetteerCache.Create(folder.Path, enabled: false));
        Assert.Equal(folder.Path, GazetteerCache.Create(folder.Path, enabled: true)!.Folder);
        Assert.StartsWith(folder.Path + Path.DirectorySeparatorChar, new GazetteerCache(folder.Path).FileFor(RepositoryPaths.GraphSeed), StringComparison.Ordinal);
        Assert.NotEqual(new GazetteerCache(folder.Path).FileFor(RepositoryPaths.GraphSeed), new GazetteerCache(folder.Path).FileFor(RepositoryPaths.Root));
    }

    private static Task<(GraphSeed Seed, PlaceNames Names)> LoadAsync(string directory, GazetteerCache cache) =>
        GazetteerSource.LoadAsync(directory, gazetteerOnly: true, Task.FromResult<GazetteerCache?>(cache), Cancellation);

    private static async Task<string> VersionAsync(string directory) => (await SeedDirectory.ReadFilesAsync(directory, Cancellation)).Version;

    private static string NameKey(string name) => RelationsGraph.Gazetteer.NameKey.Normalize(name);

    private static byte[] FlipByte(byte[] bytes, int at)
    {
        var copy = bytes.ToArray();
        copy[at] ^= 0x20;
        return copy;
    }

    private static void AssertSameTables(GraphSeed expected, GraphSeed actual)
    {
        Assert.Equal(expected.Countries, actual.Countries);
        Assert.Equal(expected.CountryNames, actual.CountryNames);
        Assert.Equal(expected.Units, actual.Units);
        Assert.Equal(expected.UnitNames, actual.UnitNames);
        Assert.Equal(expected.Successions, actual.Successions);
        Assert.Equal(expected.Fields, actual.Fields);
        Assert.NotEmpty(actual.Units);
    }
}
