using System.Collections.Concurrent;
using RelationsGraph.Extraction.Documents;

namespace RelationsGraph.Extraction.Batch;

/// <summary>
/// Reads and extracts a batch of documents, a few at a time on every core, keeping only the extracted facts: a
/// document's bytes and text are dropped as soon as it is read, so memory follows the facts, not the batch. A
/// document that cannot be read, or is over the reader's budget, is recorded as a failure and the batch goes on: each
/// document's facts are taken whole or not at all, so a bad file never costs the others.
/// </summary>
public sealed class ExtractionBatch(DocumentExtractor extractor, ExtractionOptions options)
{
    public async Task<BatchResult> RunAsync(IEnumerable<string> paths, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var facts = new RelationSet();
        var failures = new ConcurrentBag<DocumentFailure>();
        var warnings = new ConcurrentBag<DocumentFailure>();
        var done = 0;
        var read = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Parallelism), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(InputFiles.Enumerate(paths), parallel, async (input, token) =>
        {
            if (input.Problem is { } problem)
            {
                (input.IsWarning ? warnings : failures).Add(new DocumentFailure(input.Path, problem));
            }
            else
            {
                try
                {
                    var document = await DocumentReader.ReadAsync(input.Path, options.Reader, token);
                    if (options.Describe is { } describe)
                    {
                        document = describe(document);
                    }

                    facts.Add(extractor.Extract(document));
                    Interlocked.Increment(ref read);
                }
                catch (DocumentReadException exception)
                {
                    failures.Add(new DocumentFailure(input.Path, exception.Message));
                }
                catch (Exception exception) when (exception is not (OperationCanceledException or OutOfMemoryException))
                {
                    // A defect met on one document must not cost the rest of the batch; it is reported like bad input.
                    failures.Add(new DocumentFailure(input.Path, $"the extractor failed on this document ({exception.GetType().Name}: {exception.Message})"));
                }
            }

            progress?.Report(Interlocked.Increment(ref done));
        });

        return new BatchResult(
            facts,
            read,
            [.. failures.OrderBy(failure => failure.Path, StringComparer.Ordinal)],
            [.. warnings.OrderBy(warning => warning.Path, StringComparer.Ordinal)]);
    }
}
