using RelationsGraph.Seed;
using RelationsGraph.Testing;
using Xunit;

namespace RelationsGraph.Loader.Tests.Merging;

/// <summary><c>extract … --into graph-seed/</c>: merges without duplicating, never modifies reviewed facts, is idempotent.</summary>
public sealed class SeedMergeTests
{
    [Fact]
    public async Task Merging_the_seed_documents_adds_no_instrument_the_curated_graph_already_has_and_stays_valid()
    {
        using var copy = new SeedCopy();
        var before = await GraphSeedReader.ReadAsync(copy.Path, TestContext.Current.CancellationToken);

        var run = await LoaderRun.StartAsync("extract", RepositoryPaths.SourceDocuments, "--into", copy.Path);

        Assert.Equal(0, run.ExitCode);
        var after = await GraphSeedReader.ReadAsync(copy.Path, TestContext.Current.CancellationToken);
        Assert.Empty(SeedValidator.Validate(after));
        Assert.Equal(before.Documents.Length, after.Documents.Length);
        Assert.Equal(before.Sessions.Length, after.Sessions.Length);
        Assert.Equal(before.Mechanisms.Length, after.Mechanisms.Length);
        var added = after.Instruments.Select(instrument => instrument.Id).Except(before.Instruments.Select(instrument => instrument.Id)).ToList();
        Assert.Empty(added);
        Assert.True(after.Evidence.Length > before.Evidence.Length);
    }

    [Fact]
    public async Task Reviewed_facts_are_never_modified_only_cited()
    {
        using var copy = new SeedCopy();
        var instrumentsBefore = await File.ReadAllTextAsync(copy.File("instruments.csv"), TestContext.Current.CancellationToken);
        var partiesBefore = await File.ReadAllTextAsync(copy.File("parties.csv"), TestContext.Current.CancellationToken);
        var commitmentsBefore = await File.ReadAllTextAsync(copy.File("commitments.csv"), TestContext.Current.CancellationToken);
        var linksBefore = await File.ReadAllTextAsync(copy.File("instrument-links.csv"), TestContext.Current.CancellationToken);

        await LoaderRun.StartAsync("extract", RepositoryPaths.SourceDocuments, "--into", copy.Path);

        Assert.Equal(instrumentsBefore, await File.ReadAllTextAsync(copy.File("instruments.csv"), TestContext.Current.CancellationToken));
        Assert.Equal(partiesBefore, await File.ReadAllTextAsync(copy.File("parties.csv"), TestContext.Current.CancellationToken));
        Assert.Equal(commitmentsBefore, await File.ReadAllTextAsync(copy.File("commitments.csv"), TestContext.Current.CancellationToken));
        Assert.Equal(linksBefore, await File.ReadAllTextAsync(copy.File("instrument-links.csv"), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task New_documents_become_new_instruments_with_parties_and_evidence()
    {
        using var copy = new SeedCopy();

        var run = await LoaderRun.StartAsync("extract", TestPaths.TunedCorpus, "--into", copy.Path);

        Assert.Equal(0, run.ExitCode);
        var seed = await GraphSeedReader.ReadAsync(copy.Path, TestContext.Current.CancellationToken);
        Assert.Empty(SeedValidator.Validate(seed));
        var minutes = Assert.Single(seed.Instruments, instrument => instrument.Id == "nghe-an-xieng-khouang-mou-2023-2027");
        Assert.Equal((new DateOnly(2023, 4, 10), false), (minutes.SignedOn, minutes.Reviewed));
        Assert.Equal(["LA-XI", "VN-22"], seed.Parties.Where(party => party.InstrumentId == minutes.Id).Select(party => party.UnitId).Order());
        Assert.Contains(seed.Evidence, evidence => evidence.SubjectId == minutes.Id && evidence.Quote is not null);
        Assert.Contains(seed.Sessions, session => session.Ordinal == 10 && session.Mode == Facts.SessionMode.Online);
    }

    [Fact]
    public async Task Merging_the_same_documents_twice_changes_nothing_byte_for_byte()
    {
        using var copy = new SeedCopy();
        string[] inputs = [RepositoryPaths.SourceDocuments, TestPaths.TunedCorpus];

        await LoaderRun.StartAsync(["extract", .. inputs, "--into", copy.Path]);
        var first = await ReadAllAsync(copy.Path);
        var second = await LoaderRun.StartAsync(["extract", .. inputs, "--into", copy.Path]);

        Assert.Equal(0, second.ExitCode);
        Assert.Equal(first, await ReadAllAsync(copy.Path));
    }

    private static async Task<Dictionary<string, byte[]>> ReadAllAsync(string directory)
    {
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(directory).Order(StringComparer.Ordinal))
        {
            files[Path.GetFileName(file)] = await File.ReadAllBytesAsync(file, TestContext.Current.CancellationToken);
        }

        return files;
    }
}
