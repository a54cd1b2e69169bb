using System.Diagnostics;
using RelationsGraph.Seed;
using RelationsGraph.Testing;
using Xunit;

namespace RelationsGraph.Loader.Tests.Publishing;

/// <summary>
/// tools/publish-dev-corpus: extracts a corpus cite-only into a staging copy, decides every proposed fact in the review
/// app over its HTTP API from the hand labels, and publishes the reviewed facts with citations into graph-seed.
/// </summary>
public sealed class PublishDevCorpusTests
{
    private static string Tool => Path.Combine(RepositoryPaths.Root, "tools", "publish-dev-corpus");

    [Fact]
    public async Task The_reviewers_decisions_from_the_labels_pass_their_own_tests()
    {
        var (exitCode, output) = await RunAsync("node", ["--test", Tool]);

        Assert.True(exitCode == 0, output);
        Assert.Contains("# fail 0", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publishing_leaves_the_labelled_fact_reviewed_with_its_citation_and_a_second_run_changes_nothing()
    {
        using var corpus = new MadeUpCorpus();
        using var copy = new SeedCopy();
        var loader = Path.Combine(AppContext.BaseDirectory, "RelationsGraph.Loader.dll");
        string[] arguments = [Path.Combine(Tool, "publish.mjs"), "--corpus", corpus.Root, "--into", copy.Path, "--loader", loader];

        var (exitCode, output) = await RunAsync("node", arguments);

        Assert.True(exitCode == 0, output);
        var seed = await GraphSeedReader.ReadAsync(copy.Path, TestContext.Current.CancellationToken);
        var document = Assert.Single(seed.Documents, document => document.Id == corpus.DocumentId);
        Assert.Equal((null, MadeUpCorpus.Url), (document.File, document.Url));
        var cited = seed.Evidence.Where(evidence => evidence.DocumentId == corpus.DocumentId).ToList();
        Assert.All(cited, evidence => Assert.Null(evidence.Quote));
        var mou = Assert.Single(seed.Instruments, instrument => cited.Any(evidence => evidence.SubjectId == instrument.Id));
        Assert.Equal(Facts.InstrumentKind.Mou, mou.Kind);
        Assert.Equal((new DateOnly(2024, 3, 11), 2024, 2028), (mou.SignedOn, mou.PeriodStart, mou.PeriodEnd));
        Assert.Equal((true, "dev-corpus labels"), (mou.Reviewed, mou.ReviewedBy));
        Assert.Equal(["LA-AT", "VN-28"], seed.Parties.Where(party => party.InstrumentId == mou.Id).Select(party => party.UnitId).Order(StringComparer.Ordinal));
        Assert.All(seed.Instruments, instrument => Assert.True(instrument.Reviewed, $"{instrument.Id} is not reviewed"));
        var files = Directory.GetFiles(copy.Path, "*.csv").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();

        var (again, againOutput) = await RunAsync("node", arguments);

        Assert.True(again == 0, againOutput);
        Assert.Contains("is already up to date", againOutput, StringComparison.Ordinal);
        Assert.Equal(files, Directory.GetFiles(copy.Path, "*.csv").Order(StringComparer.Ordinal).Select(File.ReadAllText));
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string program, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = RepositoryPaths.Root };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} could not be started");
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await output + await error);
    }
}
