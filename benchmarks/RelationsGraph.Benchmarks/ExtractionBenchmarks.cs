using BenchmarkDotNet.Attributes;
using RelationsGraph.Extraction;
using RelationsGraph.Extraction.Documents;
using RelationsGraph.Extraction.Places;
using RelationsGraph.Seed;

namespace RelationsGraph.Benchmarks;

/// <summary>
/// Throughput of reading and extracting 5 KB text articles on one core (the batch runs one such pipeline per core).
/// Each operation extracts 100 different documents held in memory, so the result per operation divided by 100 is the
/// time per document.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 2, iterationCount: 8)]
public class ExtractionBenchmarks
{
    private const int Documents = 100;
    private readonly DocumentReaderOptions _reader = new();
    private byte[][] _documents = [];
    private DocumentExtractor _extractor = null!;

    [GlobalSetup]
    public void Setup()
    {
        var seed = GraphSeedReader.ReadAsync(ExtractionCorpus.FindGraphSeed(), CancellationToken.None).GetAwaiter().GetResult();
        var corpus = new ExtractionCorpus(seed);
        _documents = [.. Enumerable.Range(0, Documents).Select(corpus.Document)];
        _extractor = new DocumentExtractor(PlaceNames.Create(seed), TimeProvider.System);
    }

    [Benchmark(Description = "Read and extract one 5 KB text article (100 per invocation)", OperationsPerInvoke = Documents)]
    public int ReadAndExtract()
    {
        var relations = 0;
        for (var i = 0; i < _documents.Length; i++)
        {
            var document = DocumentReader.Read(_documents[i], $"article-{i}.txt", _reader);
            relations += _extractor.Extract(document).Relations.Count;
        }

        return relations;
    }
}
