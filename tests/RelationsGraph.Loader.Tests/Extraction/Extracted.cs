using RelationsGraph.Extraction;
using RelationsGraph.Extraction.Batch;
using RelationsGraph.Extraction.Places;
using RelationsGraph.Seed;
using RelationsGraph.Testing;
using Xunit;

namespace RelationsGraph.Loader.Tests.Extraction;

/// <summary>The extractor over the repository's gazetteer, built once; and helpers to extract files with it.</summary>
internal static class Extracted
{
    private static readonly Lazy<Task<(GraphSeed Seed, PlaceNames Names)>> Gazetteer = new(async () =>
    {
        var seed = await GraphSeedReader.ReadAsync(RepositoryPaths.GraphSeed, CancellationToken.None);
        return (seed, PlaceNames.Create(seed));
    });

    public static async Task<PlaceNames> NamesAsync() => (await Gazetteer.Value).Names;

    public static async Task<GraphSeed> SeedAsync() => (await Gazetteer.Value).Seed;

    /// <summary>Reads and extracts files or folders as one batch and merges the relations.</summary>
    public static async Task<(MergedFacts Facts, BatchResult Batch)> FromAsync(params string[] paths)
    {
        var names = await NamesAsync();
        var batch = new ExtractionBatch(new DocumentExtractor(names, TimeProvider.System), new ExtractionOptions());
        var result = await batch.RunAsync(paths, null, TestContext.Current.CancellationToken);
        return (result.Facts.Merge(names), result);
    }
}
