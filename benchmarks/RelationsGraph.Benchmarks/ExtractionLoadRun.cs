using System.Diagnostics;
using System.Globalization;
using RelationsGraph.Extraction;
using RelationsGraph.Extraction.Batch;
using RelationsGraph.Extraction.FactsJson;
using RelationsGraph.Extraction.Places;
using RelationsGraph.Seed;

namespace RelationsGraph.Benchmarks;

/// <summary>
/// A bounded run of the loader's batch extraction over a folder of generated 5 KB articles, as `extract FOLDER
/// --json` runs it (read, extract on every core, merge, write the facts JSON), reporting documents per second and the
/// process's peak working set. Run it at two batch sizes, each in its own process, to see whether memory stays flat.
/// </summary>
public static class ExtractionLoadRun
{
    public static async Task<int> RunAsync(int documents, string directory)
    {
        var seed = await GraphSeedReader.ReadAsync(ExtractionCorpus.FindGraphSeed(), CancellationToken.None);
        var names = PlaceNames.Create(seed);
        var folder = Path.Combine(directory, documents.ToString(CultureInfo.InvariantCulture));
        await new ExtractionCorpus(seed).WriteAsync(folder, documents, CancellationToken.None);
        var bytes = Directory.EnumerateFiles(folder).Sum(file => new FileInfo(file).Length);

        var batch = new ExtractionBatch(new DocumentExtractor(names, TimeProvider.System), new ExtractionOptions());
        var clock = Stopwatch.StartNew();
        var result = await batch.RunAsync([folder], null, CancellationToken.None);
        var retained = GC.GetTotalMemory(forceFullCollection: true);
        var facts = result.Facts.Merge(names);
        await using (var output = File.Create(Path.Combine(directory, $"facts-{documents}.json")))
        {
            await FactsJsonWriter.WriteAsync(facts, names, output, CancellationToken.None);
        }

        clock.Stop();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{documents} documents ({bytes / 1024.0 / documents:0.0} KB each) on {Environment.ProcessorCount} cores: {clock.Elapsed.TotalSeconds:0.00} s, {documents / clock.Elapsed.TotalSeconds:0} documents/s, {facts.Relations.Count} relations, {result.Failures.Count} failures, peak working set {process.PeakWorkingSet64 / (1024.0 * 1024):0} MB, facts held before writing {retained / (1024.0 * 1024):0.0} MB ({retained / documents / 1024.0:0.0} KB per document)"));
        return result.Failures.Count == 0 ? 0 : 1;
    }
}
