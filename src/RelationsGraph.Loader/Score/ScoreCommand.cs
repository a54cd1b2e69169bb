using System.CommandLine;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using RelationsGraph.Extraction;
using RelationsGraph.Extraction.Documents;
using RelationsGraph.Loader.Cli;
using RelationsGraph.Loader.Extract;

namespace RelationsGraph.Loader.Score;

/// <summary>
/// <c>score [DIR] [--format table|markdown|json] [--document ID]... [--gazetteer DIR]</c>: runs the extractor on each
/// labelled article of a development corpus whose text is present and unchanged, and scores it against the labels,
/// per document (docs/extraction-quality.md).
/// </summary>
public sealed class ScoreCommand(GazetteerSource gazetteer, LoaderConsole console, TimeProvider timeProvider, IOptions<LoaderOptions> options) : ILoaderCommand
{
    public const string DefaultDirectory = "tests/dev-corpus";

    public Command Create()
    {
        var directory = new Argument<string?>("DIR")
        {
            Description = $"The corpus: labels/<id>.json and texts/<id>.txt (default: {DefaultDirectory})",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var format = new Option<string>("--format") { Description = "The report's form: a plain table, Markdown tables or the score JSON", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "markdown", "json");
        var documents = new Option<string[]>("--document") { Description = "Score only this document (repeatable)", HelpName = "ID" };
        var seed = new Option<string?>("--gazetteer") { Description = "The graph-seed directory whose gazetteer names the places (default: the configured graph-seed)", HelpName = "DIR" };
        var command = new Command("score", "Score the extraction against the hand labels of a development corpus, per document")
        {
            directory, format, documents, seed,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            new ScoreRequest(
                parse.GetValue(directory) ?? DefaultDirectory,
                Enum.Parse<ScoreFormat>(parse.GetRequiredValue(format), ignoreCase: true),
                parse.GetValue(documents) ?? [],
                parse.GetValue(seed)),
            cancellationToken));
        return command;
    }

    public async Task<int> RunAsync(ScoreRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var labelsDirectory = Path.Combine(request.Directory, "labels");
        if (!Directory.Exists(labelsDirectory))
        {
            await console.Error.WriteLineAsync($"error: {labelsDirectory}: no such folder (a corpus holds labels/<id>.json and texts/<id>.txt)");
            return ExitCodes.SomeInputsFailed;
        }

        var seedDirectory = gazetteer.Resolve(request.Gazetteer);
        if (await GazetteerSource.LoadOrReportAsync(seedDirectory, console.Error, cancellationToken) is not (var seed, var names))
        {
            return ExitCodes.SomeInputsFailed;
        }

        var provinces = new UnitProvinces(seed);
        var (labels, errors) = await ReadLabelsAsync(labelsDirectory, request.Documents, provinces, seed.Fields.Select(field => field.Code).ToHashSet(StringComparer.Ordinal), cancellationToken);
        if (errors.Count > 0)
        {
            foreach (var error in errors)
            {
                await console.Error.WriteLineAsync($"error: {error}");
            }

            await console.Error.WriteLineAsync($"{errors.Count} problem(s) in the labels; nothing was scored.");
            return ExitCodes.SomeInputsFailed;
        }

        var extractor = new DocumentExtractor(names, timeProvider);
        var reader = new DocumentReaderOptions { MaxBytes = options.Value.MaxDocumentBytes };
        var scored = new List<ScoredDocument>();
        var skipped = new List<SkippedDocument>();
        var failed = false;
        foreach (var label in labels)
        {
            var text = Path.Combine(request.Directory, "texts", label.Id + ".txt");
            if (!File.Exists(text))
            {
                skipped.Add(new SkippedDocument(label.Id, $"no text: texts/{label.Id}.txt is missing"));
                continue;
            }

            try
            {
                if (new FileInfo(text).Length > reader.MaxBytes)
                {
                    throw new DocumentReadException($"the file is over the size limit of {reader.MaxBytes} bytes");
                }

                var bytes = await File.ReadAllBytesAsync(text, cancellationToken);
                var hash = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(bytes));
                if (hash != label.ContentHash)
                {
                    skipped.Add(new SkippedDocument(label.Id, $"texts/{label.Id}.txt differs from the label's contentHash (the text's {hash[..19]}…, the label's {label.ContentHash[..19]}…)"));
                    continue;
                }

                var document = DocumentReader.Read(bytes, label.Id + ".txt", reader) with
                {
                    DeclaredTitle = label.Title,
                    DeclaredPublishedOn = label.PublishedOn,
                    DeclaredUrl = label.Url,
                    DeclaredPublisher = label.Publisher,
                };
                var relations = new RelationSet();
                relations.Add(extractor.Extract(document));
                var extracted = relations.Merge(names).Relations.Select(relation => ScoredEvent.FromExtracted(relation, provinces)).ToList();
                scored.Add(new ScoredDocument(label.Id, label.Language, DocumentScorer.Score(label.Events, extracted)));
            }
            catch (Exception exception) when (exception is not (OperationCanceledException or OutOfMemoryException))
            {
                // As in an extract batch, a defect met on one article is reported and the others are still scored.
                var reason = exception is DocumentReadException or IOException or UnauthorizedAccessException
                    ? $"the text cannot be read: {exception.Message}"
                    : $"the extractor failed on this document ({exception.GetType().Name}: {exception.Message})";
                failed = true;
                await console.Error.WriteLineAsync($"error: {text}: {reason}");
                skipped.Add(new SkippedDocument(label.Id, reason));
            }
        }

        var report = new ScoreReport(scored, skipped);
        if (request.Format == ScoreFormat.Json)
        {
            await ScoreReportWriter.WriteJsonAsync(report, console.OpenOutput(), cancellationToken);
        }
        else
        {
            await ScoreReportWriter.WriteTextAsync(report, console.Out, markdown: request.Format == ScoreFormat.Markdown);
        }

        await console.Error.WriteLineAsync((labels.Count, scored.Count) switch
        {
            (0, _) => $"No label files in {labelsDirectory}: nothing was scored.",
            (_, 0) => $"No text of the {labels.Count} labelled document(s) is present and unchanged in {Path.Combine(request.Directory, "texts")}: nothing was scored (docs/extraction-quality.md says how to get the texts).",
            _ => $"{scored.Count} document(s) scored, {skipped.Count} skipped.",
        });
        return failed ? ExitCodes.SomeInputsFailed : ExitCodes.Ok;
    }

    /// <summary>Every label file (or those of the documents asked for), in order of id; every problem of every file.</summary>
    private static async Task<(List<DocumentLabel> Labels, List<string> Errors)> ReadLabelsAsync(
        string directory, IReadOnlyList<string> ids, UnitProvinces provinces, IReadOnlySet<string> fieldCodes, CancellationToken cancellationToken)
    {
        var files = ids.Count == 0
            ? Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal).ToList()
            : ids.Distinct(StringComparer.Ordinal).Select(id => Path.Combine(directory, id + ".json")).ToList();
        var labels = new List<DocumentLabel>();
        var errors = new List<string>();
        foreach (var file in files)
        {
            if (!File.Exists(file))
            {
                errors.Add($"{file}: no such label file (--document {Path.GetFileNameWithoutExtension(file)})");
                continue;
            }

            try
            {
                labels.Add(await LabelReader.ReadAsync(file, provinces, fieldCodes, cancellationToken));
            }
            catch (LabelFileException exception)
            {
                errors.AddRange(exception.Errors.Select(error => $"{file}: {error}"));
            }
        }

        return (labels, errors);
    }
}

public enum ScoreFormat
{
    Table,
    Markdown,
    Json,
}

/// <summary>The arguments of one <c>score</c> run.</summary>
public sealed record ScoreRequest(string Directory, ScoreFormat Format, IReadOnlyList<string> Documents, string? Gazetteer);
