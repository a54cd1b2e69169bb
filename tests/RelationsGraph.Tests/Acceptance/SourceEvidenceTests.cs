using System.Security.Cryptography;
using System.Text;
using RelationsGraph.Seed;
using RelationsGraph.Testing;
using Xunit;

namespace RelationsGraph.Tests.Acceptance;

/// <summary>
/// Every document of graph-seed whose text we keep (a `file`: the five seed documents) is that file, and every quote
/// is its span's text; documents we only cite (no `file`: the development corpus's articles) carry no quote at all.
/// </summary>
public sealed class SourceEvidenceTests
{
    [Fact]
    public async Task Every_document_is_the_file_its_content_hash_names()
    {
        var seed = await GraphSeedReader.ReadAsync(RepositoryPaths.GraphSeed, TestContext.Current.CancellationToken);

        foreach (var document in seed.Documents.Where(document => document.File is not null))
        {
            var bytes = await File.ReadAllBytesAsync(Path.Combine(RepositoryPaths.SourceDocuments, document.File!), TestContext.Current.CancellationToken);
            var hash = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(bytes));
            Assert.Equal(hash, document.ContentHash);
            Assert.Equal(SeedValidator.DocumentIdFor(hash), document.Id);
        }
    }

    [Fact]
    public async Task Every_quote_is_the_text_of_its_span_in_the_source_document()
    {
        var seed = await GraphSeedReader.ReadAsync(RepositoryPaths.GraphSeed, TestContext.Current.CancellationToken);
        var texts = new Dictionary<string, string>();
        foreach (var document in seed.Documents.Where(document => document.File is not null))
        {
            texts[document.Id] = Encoding.UTF8.GetString(await File.ReadAllBytesAsync(Path.Combine(RepositoryPaths.SourceDocuments, document.File!), TestContext.Current.CancellationToken));
        }

        Assert.NotEmpty(seed.Evidence);
        foreach (var evidence in seed.Evidence.Where(evidence => texts.ContainsKey(evidence.DocumentId)))
        {
            var text = texts[evidence.DocumentId];
            Assert.True(evidence.End <= text.Length, $"{evidence.SubjectId}: span {evidence.Start}-{evidence.End} is beyond the document");
            Assert.Equal(evidence.Quote, text[evidence.Start..evidence.End]);
        }
    }

    [Fact]
    public async Task Every_source_document_is_in_the_seed()
    {
        var seed = await GraphSeedReader.ReadAsync(RepositoryPaths.GraphSeed, TestContext.Current.CancellationToken);

        var files = Directory.GetFiles(RepositoryPaths.SourceDocuments).Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.Equal(files, seed.Documents.Where(document => document.File is not null).Select(document => document.File).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Documents_only_cited_have_a_link_and_no_quote()
    {
        var seed = await GraphSeedReader.ReadAsync(RepositoryPaths.GraphSeed, TestContext.Current.CancellationToken);

        var cited = seed.Documents.Where(document => document.File is null).ToDictionary(document => document.Id);

        Assert.All(cited.Values, document => Assert.StartsWith("http", document.Url, StringComparison.Ordinal));
        Assert.All(seed.Evidence.Where(evidence => cited.ContainsKey(evidence.DocumentId)), evidence => Assert.Null(evidence.Quote));
    }
}
