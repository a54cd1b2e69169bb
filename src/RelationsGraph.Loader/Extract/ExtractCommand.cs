using System.CommandLine;
using Microsoft.Extensions.Options;
using RelationsGraph.Extraction;
using RelationsGraph.Extraction.Batch;
using RelationsGraph.Extraction.Documents;
using RelationsGraph.Extraction.FactsJson;
using RelationsGraph.Extraction.Merging;
using RelationsGraph.Loader.Cli;
using RelationsGraph.Loader.Review;
using RelationsGraph.Seed;

namespace RelationsGraph.Loader.Extract;

/// <summary>
/// <c>extract PATH... [--json] [--output FILE] [--into DIR]</c>: reads documents and folders of documents and writes
/// their facts: the facts JSON on standard output (--json) or to a file (--output, written whole or not at all),
/// merged into a graph-seed directory (--into), or else a one-line-per-relation summary on standard output. With
/// --metadata DIR each document's citation (URL, publisher, title, date) comes from a sidecar; with --cite-only the
/// documents are merged as citations only: no file, and evidence spans without quotes (texts that are not ours).
/// </summary>
public sealed class ExtractCommand(GazetteerSource gazetteer, LoaderConsole console, TimeProvider timeProvider, IOptions<LoaderOptions> options) : ILoaderCommand
{
    public Command Create()
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Documents (.txt, .html, .pdf, .docx) and folders of documents",
            Arity = ArgumentArity.OneOrMore,
        };
        paths.Validators.Add(result =>
        {
            // A mistyped option would otherwise be taken for a file name.
            foreach (var token in result.Tokens.Where(token => token.Value.StartsWith("--", StringComparison.Ordinal)))
            {
                result.AddError($"Unrecognized option '{token.Value}'.");
            }
        });
        var json = new Option<bool>("--json") { Description = "Write the facts JSON to standard output and nothing else there" };
        var output = new Option<string?>("--output", "-o") { Description = "Write the facts JSON to this file (whole or not at all)", HelpName = "FILE" };
        var into = new Option<string?>("--into") { Description = "Merge the facts into this graph-seed directory", HelpName = "DIR" };
        var seed = new Option<string?>("--gazetteer") { Description = "The graph-seed directory whose gazetteer names the places (default: --into, else the configured graph-seed)", HelpName = "DIR" };
        var maxBytes = new Option<long?>("--max-bytes") { Description = "Refuse documents larger than this many bytes (default 20 MB)", HelpName = "BYTES" };
        var metadata = new Option<string?>("--metadata") { Description = "A folder of JSON files giving documents' url, publisher, title, language and publishedOn, matched by contentHash", HelpName = "DIR" };
        var citeOnly = new Option<bool>("--cite-only") { Description = "With --into: keep documents as citations only (no file, no quotes); each needs a url from --metadata" };
        var command = new Command("extract", "Read documents and write the facts they state, with evidence")
        {
            paths, json, output, into, seed, maxBytes, metadata, citeOnly,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(citeOnly) && (result.GetValue(into) is null || result.GetValue(metadata) is null))
            {
                result.AddError("--cite-only needs --into (the graph-seed to merge into) and --metadata (where each document's citation comes from).");
            }
        });
        command.SetAction((parse, cancellationToken) => RunAsync(
            new ExtractRequest(
                parse.GetRequiredValue(paths),
                parse.GetValue(json),
                parse.GetValue(output),
                parse.GetValue(into),
                parse.GetValue(seed),
                parse.GetValue(maxBytes))
            {
                Metadata = parse.GetValue(metadata),
                CiteOnly = parse.GetValue(citeOnly),
            },
            cancellationToken));
        return command;
    }

    public async Task<int> RunAsync(ExtractRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var seedDirectory = gazetteer.Resolve(request.Gazetteer ?? request.Into);
        // Without --into the facts are only written out: the seed's facts are not needed, only its gazetteer.
        if (await gazetteer.LoadOrReportStartedAsync(seedDirectory, console.Error, gazetteerOnly: request.Into is null, cancellationToken) is not (var seed, var names))
        {
            return ExitCodes.SomeInputsFailed;
        }

        IReadOnlyDictionary<string, DocumentMetadata> metadata = new Dictionary<string, DocumentMetadata>();
        if (request.Metadata is { } metadataFolder)
        {
            var (read, errors) = await DocumentMetadata.ReadFolderAsync(metadataFolder, cancellationToken);
            if (errors.Count > 0)
            {
                foreach (var error in errors)
                {
                    await console.Error.WriteLineAsync($"error: {error}");
                }

                await console.Error.WriteLineAsync("error: the metadata is invalid; nothing was extracted or written.");
                return ExitCodes.SomeInputsFailed;
            }

            metadata = read;
        }

        var settings = options.Value;
        var extraction = new ExtractionOptions
        {
            Reader = new DocumentReaderOptions
            {
                MaxBytes = request.MaxBytes ?? settings.MaxDocumentBytes,
                MaxTextCharacters = settings.MaxTextCharacters,
                MaxUnpackedBytes = settings.MaxUnpackedBytes,
                MaxParagraphs = settings.MaxParagraphs,
                MaxPages = settings.MaxPages,
                MaxHtmlDepth = settings.MaxHtmlDepth,
                MaxHtmlElements = settings.MaxHtmlElements,
            },
            Parallelism = settings.Parallelism > 0 ? settings.Parallelism : Environment.ProcessorCount,
            Describe = request.Metadata is null ? null : document => Describe(document, metadata, request.CiteOnly),
        };
        var keepQuotes = request.Into is not null && !request.CiteOnly;
        var batch = new ExtractionBatch(new DocumentExtractor(names, timeProvider, keepQuotes), extraction);
        var total = console.ErrorIsTerminal ? InputFiles.Count(request.Paths) : 0;
        var result = await ProgressDisplay.RunAsync(console, total, settings.ProgressThreshold, "Extracting", progress => batch.RunAsync(request.Paths, progress, cancellationToken));
        foreach (var warning in result.Warnings)
        {
            await console.Error.WriteLineAsync($"warning: {warning}");
        }

        foreach (var failure in result.Failures)
        {
            await console.Error.WriteLineAsync($"error: {failure}");
        }

        var facts = result.Facts.Merge(names);
        var exitCode = result.Failures.Count > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Ok;
        if (request.Json)
        {
            // Standard output belongs to the process: written and flushed, not closed.
            await FactsJsonWriter.WriteAsync(facts, names, console.OpenOutput(), cancellationToken);
        }

        if (request.Output is { } file)
        {
            await AtomicFile.WriteAsync(file, stream => FactsJsonWriter.WriteAsync(facts, names, stream, cancellationToken), cancellationToken);
        }

        if (request.Into is { } directory)
        {
            // Facts reviewers rejected are not proposed again; duplicates they merged join the fact they chose.
            var remembered = ReviewMemory.Filter(seed, facts, names);
            var merge = SeedMerger.Merge(seed, remembered.Kept, names);
            if (request.CiteOnly)
            {
                var cited = AsCitations(merge.Seed, seed, metadata);
                merge = merge with { Seed = cited, Errors = SeedValidator.Validate(cited) };
            }

            if (remembered.Redirected.Count > 0)
            {
                var replayed = ReviewMemory.Replay(seed, merge.Seed, remembered);
                merge = merge with { Seed = replayed, Errors = SeedValidator.Validate(replayed) };
            }

            if (merge.Errors.Count > 0)
            {
                await console.Error.WriteLineAsync($"error: the merged graph would be invalid; {Path.GetFullPath(directory)} was left unchanged:");
                foreach (var error in merge.Errors)
                {
                    await console.Error.WriteLineAsync("  " + error);
                }

                return ExitCodes.SomeInputsFailed;
            }

            await GraphSeedWriter.WriteAsync(merge.Seed, directory, cancellationToken);
            foreach (var warning in merge.Warnings)
            {
                await console.Error.WriteLineAsync($"warning: {warning}");
            }

            await console.Error.WriteLineAsync(merge.Summary);
            if (remembered.Rejected > 0 || remembered.Redirected.Count > 0)
            {
                await console.Error.WriteLineAsync($"Reviewers' decisions: {remembered.Rejected} rejected relation(s) not proposed again, {remembered.Redirected.Count} merged into the facts they chose.");
            }
        }

        if (!request.Json && request.Output is null && request.Into is null)
        {
            await FactsSummary.WriteAsync(facts, names, console.Out);
        }

        await console.Error.WriteLineAsync(
            $"{facts.Relations.Count} relation(s) from {result.Read} document(s) read; {result.Failures.Count} failed.");
        return exitCode;
    }

    /// <summary>The document with its citation declared; in a cite-only run, a document without a URL to cite is refused.</summary>
    private static DocumentText Describe(DocumentText document, IReadOnlyDictionary<string, DocumentMetadata> metadata, bool citeOnly)
    {
        if (metadata.TryGetValue(document.ContentHash, out var known))
        {
            document = known.Declare(document);
        }

        if (citeOnly && document.DeclaredUrl is null)
        {
            throw new DocumentReadException($"no citation for this document: no file of --metadata has its contentHash ({document.ContentHash[..19]}…) with a url, and a document we only cite needs one");
        }

        return document;
    }

    /// <summary>
    /// The merged graph with this run's new documents kept as citations: URL, publisher, title, language and date from
    /// the metadata, no file (their text is not ours to keep; evidence spans were extracted without quotes).
    /// </summary>
    private static GraphSeed AsCitations(GraphSeed merged, GraphSeed before, IReadOnlyDictionary<string, DocumentMetadata> metadata)
    {
        var existing = before.Documents.Select(document => document.Id).ToHashSet(StringComparer.Ordinal);
        return merged with
        {
            Documents = [.. merged.Documents.Select(document => existing.Contains(document.Id) || !metadata.TryGetValue(document.ContentHash, out var known)
                ? document
                : document with
                {
                    File = null,
                    Url = known.Url,
                    Publisher = known.Publisher ?? document.Publisher,
                    Title = known.Title ?? document.Title,
                    Language = known.Language ?? document.Language,
                    PublishedOn = known.PublishedOn ?? document.PublishedOn,
                })],
        };
    }
}

/// <summary>The arguments of one <c>extract</c> run.</summary>
public sealed record ExtractRequest(IReadOnlyList<string> Paths, bool Json, string? Output, string? Into, string? Gazetteer, long? MaxBytes)
{
    /// <summary>A folder of JSON files giving documents' citations, matched by content hash.</summary>
    public string? Metadata { get; init; }

    /// <summary>Merge the documents as citations only: no file, no quotes.</summary>
    public bool CiteOnly { get; init; }
}
