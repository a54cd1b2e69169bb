using RelationsGraph.Seed;
using RelationsGraph.Testing;
using Xunit;

namespace RelationsGraph.Loader.Tests.Publishing;

/// <summary>extract --into --cite-only --metadata: documents that are not ours become citations, their evidence spans without quotes.</summary>
public sealed class CiteOnlyExtractTests
{
    [Fact]
    public async Task A_cited_document_gets_its_citation_from_the_metadata_no_file_and_evidence_without_quotes()
    {
        using var corpus = new MadeUpCorpus();
        using var copy = new SeedCopy();

        var run = await LoaderRun.StartAsync("extract", corpus.TextFile, "--into", copy.Path, "--cite-only", "--metadata", corpus.Labels);

        Assert.True(run.ExitCode == 0, run.Error);
        var seed = await GraphSeedReader.ReadAsync(copy.Path, TestContext.Current.CancellationToken);
        var document = Assert.Single(seed.Documents, document => document.Id == corpus.DocumentId);
        Assert.Null(document.File);
        Assert.Equal(MadeUpCorpus.Url, document.Url);
        Assert.Equal("Example News", document.Publisher);
        Assert.Equal("Kon Tum and Attapeu sign a memorandum on cooperation", document.Title);
        Assert.Equal(new DateOnly(2024, 3, 12), document.PublishedOn);
        Assert.Equal(corpus.ContentHash, document.ContentHash);
        var evidence = seed.Evidence.Where(row => row.DocumentId == corpus.DocumentId).ToList();
        Assert.NotEmpty(evidence);
        Assert.All(evidence, row => Assert.Null(row.Quote));
        Assert.All(evidence, row => Assert.True(row.End > row.Start && row.End <= MadeUpCorpus.Text.Length));
        Assert.DoesNotContain("memorandum of understanding on cooperation for the 2024-2028", await File.ReadAllTextAsync(copy.File("evidence.csv"), TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extracting_the_same_cited_document_again_changes_nothing()
    {
        using var corpus = new MadeUpCorpus();
        using var copy = new SeedCopy();
        await LoaderRun.StartAsync("extract", corpus.TextFile, "--into", copy.Path, "--cite-only", "--metadata", corpus.Labels);
        var before = Directory.GetFiles(copy.Path, "*.csv").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();

        var run = await LoaderRun.StartAsync("extract", corpus.TextFile, "--into", copy.Path, "--cite-only", "--metadata", corpus.Labels);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(before, Directory.GetFiles(copy.Path, "*.csv").Order(StringComparer.Ordinal).Select(File.ReadAllText));
    }

    [Fact]
    public async Task A_document_without_a_citation_in_the_metadata_is_refused_by_name_and_nothing_of_it_is_written()
    {
        using var corpus = new MadeUpCorpus();
        using var copy = new SeedCopy();
        using var empty = new TemporaryDirectory();
        var before = await File.ReadAllTextAsync(copy.File("documents.csv"), TestContext.Current.CancellationToken);

        var run = await LoaderRun.StartAsync("extract", corpus.TextFile, "--into", copy.Path, "--cite-only", "--metadata", empty.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"error: {corpus.TextFile}: no citation for this document", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllTextAsync(copy.File("documents.csv"), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Invalid_metadata_names_the_file_and_key_and_nothing_is_extracted()
    {
        using var corpus = new MadeUpCorpus();
        using var copy = new SeedCopy();
        var label = Path.Combine(corpus.Labels, MadeUpCorpus.Id + ".json");
        await File.WriteAllTextAsync(label, (await File.ReadAllTextAsync(label, TestContext.Current.CancellationToken)).Replace("\"2024-03-12\"", "\"12/03/2024\"", StringComparison.Ordinal), TestContext.Current.CancellationToken);

        var run = await LoaderRun.StartAsync("extract", corpus.TextFile, "--into", copy.Path, "--cite-only", "--metadata", corpus.Labels);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"error: {label}: publishedOn: expected YYYY-MM-DD", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cite_only_without_metadata_is_a_usage_error()
    {
        using var corpus = new MadeUpCorpus();
        using var copy = new SeedCopy();

        var run = await LoaderRun.StartAsync("extract", corpus.TextFile, "--into", copy.Path, "--cite-only");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--cite-only needs --into", run.Error, StringComparison.Ordinal);
    }
}
