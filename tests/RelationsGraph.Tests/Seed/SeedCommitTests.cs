using System.Diagnostics;
using RelationsGraph.Seed;
using RelationsGraph.Snapshots;
using RelationsGraph.Testing;
using Xunit;

namespace RelationsGraph.Tests.Seed;

/// <summary>
/// A write of graph-seed changes several files as one: whatever stops it half-way (an exception, a killed process),
/// the directory reads as the graph before or the graph after, and validates.
/// </summary>
public sealed class SeedCommitTests
{
    private const string ChildDirectoryVariable = "RELATIONSGRAPH_CRASH_CHILD_DIRECTORY";

    [Fact]
    public async Task Failure_between_two_files_leaves_a_directory_that_reads_as_the_new_graph()
    {
        using var copy = new SeedCopy();
        var before = await GraphSeedReader.ReadAsync(copy.Path, TestContext.Current.CancellationToken);
        var after = RemoveInstrument(before, "bac-giang-xaisomboun-police-agreement");
        var moved = new List<string>();

        await Assert.ThrowsAsync<IOException>(() => GraphSeedWriter.WriteAsync(after, copy.Path, file =>
        {
            moved.Add(file);
            throw new IOException("disk failure injected after " + file);
        }, TestContext.Current.CancellationToken));

        Assert.Single(moved);
        Assert.True(File.Exists(copy.File(SeedDirectory.JournalName)), "the commit journal stays until the change is complete");
        var read = await GraphSeedReader.ReadAsync(copy.Path, TestContext.Current.CancellationToken);
        Assert.Empty(SeedValidator.Validate(read));
        Assert.DoesNotContain(read.Instruments, instrument => instrument.Id == "bac-giang-xaisomboun-police-agreement");
        Assert.DoesNotContain(read.Evidence, evidence => evidence.SubjectId == "bac-giang-xaisomboun-police-agreement");
    }

    [Fact]
    public async Task Next_write_finishes_an_interrupted_change_and_clears_what_it_left()
    {
        using var copy = new SeedCopy();
        var before = await GraphSeedReader.ReadAsync(copy.Path, TestContext.Current.CancellationToken);
        var after = RemoveInstrument(before, "bac-giang-xaisomboun-police-agreement");
        await Assert.ThrowsAsync<IOException>(() => GraphSeedWriter.WriteAsync(after, copy.Path, _ => throw new IOException("injected"), TestContext.Current.CancellationToken));
        await File.WriteAllTextAsync(copy.File(".instruments.csv.abandoned.tmp"), "staged by a writer that never committed", TestContext.Current.CancellationToken);

        var written = await GraphSeedWriter.WriteAsync(after, copy.Path, TestContext.Current.CancellationToken);

        Assert.Empty(written);
        Assert.Equal([SeedDirectory.LockName], Directory.GetFiles(copy.Path, ".*").Select(Path.GetFileName));
        var onDisk = await GraphSeedReader.ReadAsync(copy.Path, TestContext.Current.CancellationToken);
        Assert.Equal(after.Instruments.OrderBy(instrument => instrument.Id, StringComparer.Ordinal), onDisk.Instruments);
    }

    [Fact]
    public async Task Write_changes_only_the_files_whose_content_changed()
    {
        using var copy = new SeedCopy();
        var seed = await GraphSeedReader.ReadAsync(copy.Path, TestContext.Current.CancellationToken);
        var reviewedAt = new DateTimeOffset(2025, 6, 1, 9, 30, 0, TimeSpan.Zero);
        var changed = seed with
        {
            Instruments = [.. seed.Instruments.Select(instrument => instrument.Id == "son-la-xieng-khouang-minutes-2022-2024"
                ? instrument with { ReviewedBy = "Lan", ReviewedAt = reviewedAt }
                : instrument)],
        };

        var written = await GraphSeedWriter.WriteAsync(changed, copy.Path, TestContext.Current.CancellationToken);

        Assert.Equal(["instruments.csv"], written);
        var line = (await File.ReadAllLinesAsync(copy.File("instruments.csv"), TestContext.Current.CancellationToken)).Single(text => text.StartsWith("son-la-xieng-khouang-minutes-2022-2024,", StringComparison.Ordinal));
        Assert.EndsWith(",true,Lan,2025-06-01T09:30:00Z", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reader_waits_for_a_writer_that_holds_the_lock()
    {
        using var copy = new SeedCopy();
        var seed = await GraphSeedReader.ReadAsync(copy.Path, TestContext.Current.CancellationToken);
        await GraphSeedWriter.WriteAsync(seed, copy.Path, TestContext.Current.CancellationToken);
        var read = Task.CompletedTask;

        await GraphSeedWriter.WriteAsync(RemoveInstrument(seed, "bac-giang-xaisomboun-police-agreement"), copy.Path, file =>
        {
            if (file == "evidence.csv")
            {
                read = Task.Run(() => GraphSeedReader.ReadAsync(copy.Path, CancellationToken.None));
                Assert.False(read.Wait(300, TestContext.Current.CancellationToken), "a reader must not read while a writer moves files into place");
            }
        }, TestContext.Current.CancellationToken);

        await read;
        var again = await GraphSeedReader.ReadAsync(copy.Path, TestContext.Current.CancellationToken);
        Assert.DoesNotContain(again.Instruments, instrument => instrument.Id == "bac-giang-xaisomboun-police-agreement");
    }

    [Fact]
    public async Task Process_killed_half_way_through_a_write_leaves_graph_seed_valid()
    {
        using var copy = new SeedCopy();
        var marker = copy.File("../killed-after-first-move");
        var start = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(typeof(SeedCommitTests).Assembly.Location);
        start.ArgumentList.Add("-method");
        start.ArgumentList.Add($"{typeof(SeedCommitTests).FullName}.{nameof(Child_writes_and_hangs_after_the_first_file)}");
        start.ArgumentList.Add("-explicit");
        start.ArgumentList.Add("only");
        start.Environment[ChildDirectoryVariable] = copy.Path;
        using var child = Process.Start(start) ?? throw new InvalidOperationException("the child process did not start");
        _ = child.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        _ = child.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        try
        {
            var deadline = DateTime.UtcNow.AddSeconds(120);
            while (!File.Exists(marker))
            {
                Assert.False(child.HasExited, $"the child exited with {(child.HasExited ? child.ExitCode : 0)} before it wrote");
                Assert.True(DateTime.UtcNow < deadline, "the child did not reach the middle of its write within 120 s");
                await Task.Delay(50, TestContext.Current.CancellationToken);
            }
        }
        finally
        {
            child.Kill(entireProcessTree: true);
            await child.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        Assert.True(File.Exists(copy.File(SeedDirectory.JournalName)), "the child was killed between its journal and its last move");
        var (read, version) = await GraphSeedReader.ReadWithVersionAsync(copy.Path, TestContext.Current.CancellationToken);
        Assert.Empty(SeedValidator.Validate(read));
        Assert.DoesNotContain(read.Instruments, instrument => instrument.Id == "bac-giang-xaisomboun-police-agreement");
        Assert.Equal(version, await GraphSeedWriter.VersionOfAsync(read, TestContext.Current.CancellationToken));
        Assert.NotNull(await SnapshotLoader.LoadAsync(new GraphSeedSource(copy.Path), TimeProvider.System, TestContext.Current.CancellationToken));
    }

    /// <summary>Run only by the test above, in a process of its own, which it kills in the middle of the write.</summary>
    [Fact(Explicit = true)]
    public async Task Child_writes_and_hangs_after_the_first_file()
    {
        var directory = Environment.GetEnvironmentVariable(ChildDirectoryVariable);
        Assert.False(string.IsNullOrEmpty(directory), $"{ChildDirectoryVariable} names the graph-seed copy to write");
        var seed = await GraphSeedReader.ReadAsync(directory, TestContext.Current.CancellationToken);

        await GraphSeedWriter.WriteAsync(RemoveInstrument(seed, "bac-giang-xaisomboun-police-agreement"), directory, _ =>
        {
            File.WriteAllText(Path.Combine(directory, "..", "killed-after-first-move"), "moved one file");
            Thread.Sleep(Timeout.Infinite);
        }, TestContext.Current.CancellationToken);
    }

    /// <summary>The graph without one instrument and everything about it: a change that touches several files.</summary>
    private static GraphSeed RemoveInstrument(GraphSeed seed, string id)
    {
        var commitments = seed.Commitments.Where(commitment => commitment.InstrumentId == id).Select(commitment => commitment.Id).ToHashSet(StringComparer.Ordinal);
        return seed with
        {
            Instruments = [.. seed.Instruments.Where(instrument => instrument.Id != id)],
            Parties = [.. seed.Parties.Where(party => party.InstrumentId != id)],
            InstrumentLinks = [.. seed.InstrumentLinks.Where(link => link.FromId != id && link.ToId != id)],
            Commitments = [.. seed.Commitments.Where(commitment => commitment.InstrumentId != id)],
            PersonRoles = [.. seed.PersonRoles.Where(role => role.SubjectId != id)],
            Evidence = [.. seed.Evidence.Where(evidence => evidence.SubjectId != id && !commitments.Contains(evidence.SubjectId))],
        };
    }
}
