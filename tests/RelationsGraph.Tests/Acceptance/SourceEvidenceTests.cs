using System.Security.Cryptography;
using System.Text;
using RelationsGraph.Seed;
using RelationsGraph.Testing;
using Xunit;

namespace RelationsGraph.Tests.Acceptance;

/// <summary>Every piece of evidence in graph-seed quotes its source document exactly, at the offsets it gives.</summary>
public sealed class SourceEvidenceTests
{
    [Fact]
    public async Task Every_document_is_the_file_its_content_hash_names()
    {
        var seed = await GraphSeedReader.ReadAsync(RepositoryPaths.GraphSeed, TestContext.Current.CancellationToken);

        foreach (var document in seed.Documents)
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
        foreach (var document in seed.Documents)
        {
            texts[document.Id] = Encoding.UTF8.GetString(await File.ReadAllBytesAsync(Path.Combine(RepositoryPaths.SourceDocuments, document.File!), TestContext.Current.CancellationToken));
        }

        Assert.NotEmpty(seed.Evidence);
        foreach (var evidence in seed.Evidence)
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

        Assert.Equal(files, seed.Documents.Select(document => document.File).Order(StringComparer.Ordinal));
    }
}
