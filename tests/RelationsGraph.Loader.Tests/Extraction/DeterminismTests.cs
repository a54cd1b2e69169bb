using RelationsGraph.Testing;
using Xunit;

namespace RelationsGraph.Loader.Tests.Extraction;

/// <summary>The same inputs give byte-identical output, whatever their order or names: a document is its content.</summary>
public sealed class DeterminismTests
{
    [Fact]
    public async Task Two_runs_over_the_same_inputs_give_byte_identical_json()
    {
        var first = await LoaderRun.StartAsync("extract", RepositoryPaths.SourceDocuments, TestPaths.TunedCorpus, "--json");
        var second = await LoaderRun.StartAsync("extract", RepositoryPaths.SourceDocuments, TestPaths.TunedCorpus, "--json");

        Assert.Equal(first.OutputBytes, second.OutputBytes);
    }

    [Fact]
    public async Task Input_order_and_duplicate_copies_do_not_change_the_output()
    {
        using var directory = new TemporaryDirectory();
        File.Copy(TestPaths.Seed("004"), directory.File("a-copy-of-004.txt"));

        var forward = await LoaderRun.StartAsync("extract", TestPaths.Seed("000"), TestPaths.Seed("004"), TestPaths.Seed("003"), "--json");
        var backward = await LoaderRun.StartAsync("extract", TestPaths.Seed("003"), directory.File("a-copy-of-004.txt"), TestPaths.Seed("004"), TestPaths.Seed("000"), "--json");

        Assert.Equal(System.Text.Encoding.UTF8.GetString(forward.OutputBytes), System.Text.Encoding.UTF8.GetString(backward.OutputBytes));
    }

    [Fact]
    public async Task A_document_id_is_the_start_of_the_sha256_of_its_bytes()
    {
        var bytes = await File.ReadAllBytesAsync(TestPaths.Seed("001"), TestContext.Current.CancellationToken);
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));

        var (facts, _) = await Extracted.FromAsync(TestPaths.Seed("001"));

        Assert.Equal((hash[..16], "sha256:" + hash), (facts.Documents[0].Id, facts.Documents[0].ContentHash));
        Assert.Equal(Seed.SeedValidator.DocumentIdFor(facts.Documents[0].ContentHash), facts.Documents[0].Id);
    }
}
