using System.Globalization;
using RelationsGraph.Extraction;
using RelationsGraph.Extraction.Documents;
using RelationsGraph.Extraction.Places;
using RelationsGraph.Extraction.Relations;
using RelationsGraph.Extraction.Rules;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Benchmarks;

/// <summary>Bytes allocated per document by each step of the extractor, on one thread.</summary>
internal static class ExtractionAllocations
{
    public static void Print(IReadOnlyList<string> files, PlaceNames names)
    {
        var steps = new Dictionary<string, long>(StringComparer.Ordinal);
        T Step<T>(string name, Func<T> step)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var result = step();
            steps[name] = steps.GetValueOrDefault(name) + GC.GetAllocatedBytesForCurrentThread() - before;
            return result;
        }

        var rules = ExtractionRules.Default;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        foreach (var file in files)
        {
            var bytes = Step("read file", () => File.ReadAllBytes(file));
            var document = Step("DocumentReader.Read (hash, decode, layout)", () => DocumentReader.Read(bytes, Path.GetFileName(file), new DocumentReaderOptions()));
            var text = Step("TokenizedText", () => new TokenizedText(document.Text));
            var index = Step("TextIndex", () => new TextIndex(text, rules));
            var places = Step("PlaceFinder.Find", () => PlaceFinder.Find(index, names));
            var analyzer = new ZoneAnalyzer(index, places, names, document.Id, document.Layout.Wrapped);
            var zone = new Zone(RelationSource.Article, document.Layout.Title, [.. document.Layout.Body], null);
            // Zone analysis's per-sentence finders, each over every sentence of the body, measured apart (the analysis
            // below calls them again: its figure includes theirs).
            var sentences = Step("  in it: SentenceSplitter.Split", () => SentenceSplitter.Split(text, zone.Body, document.Layout.Wrapped, rules.Abbreviations));
            var sentencePlaces = sentences.ConvertAll(sentence => places.FindAll(place => place.First >= sentence.First && place.Last <= sentence.Last));
            Step("  in it: PeopleFinder.Find, every sentence", () =>
            {
                var found = 0;
                for (var k = 0; k < sentences.Count; k++)
                {
                    found += PeopleFinder.Find(index, sentencePlaces[k], sentences[k], document.Id).Count;
                }

                return found;
            });
            Step("  in it: CommitmentFinder.Find, every sentence", () =>
            {
                var found = 0;
                for (var k = 0; k < sentences.Count; k++)
                {
                    found += CommitmentFinder.Find(index, sentencePlaces[k], sentences[k], document.Id).Count;
                }

                return found;
            });
            Step("  in it: TextIndex.DatesIn, every sentence", () =>
            {
                var found = 0;
                foreach (var sentence in sentences)
                {
                    found += index.DatesIn(sentence.First, sentence.Last).Dates.Count;
                }

                return found;
            });
            var mentions = Step("ZoneAnalyzer.Analyze (article zone)", () => analyzer.Analyze(zone, []));
            Step("ZoneRelations.Build (article zone)", () => ZoneRelations.Build(mentions, zone, today, analyzer.FloatingPeople, analyzer.FloatingCommitments, rules));
        }

        foreach (var (name, bytes) in steps)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-50} {bytes / 1024.0 / files.Count,8:0.0} KB per document"));
        }
    }
}
