using System.CommandLine;
using Microsoft.Extensions.Options;
using RelationsGraph.Extraction;
using RelationsGraph.Extraction.Documents;
using RelationsGraph.Extraction.Places;
using RelationsGraph.Loader.Cli;
using RelationsGraph.Loader.Extract;
using RelationsGraph.Loader.Neo4j;
using RelationsGraph.Neo4j;
using RelationsGraph.Seed;

namespace RelationsGraph.Loader.Review;

/// <summary>
/// <c>review [--into DIR] [--facts FILE] [--documents DIR]... [--reviewer NAME] [--port N]</c>: serves the review
/// app on 127.0.0.1 and prints its address. It reviews the graph-seed directory given (or configured), or Neo4j when
/// <c>Neo4j:Uri</c> is set and no directory is given; with --facts, the facts of a facts JSON file are proposed too.
/// </summary>
public sealed class ReviewCommand(
    GazetteerSource seeds,
    Neo4jConfiguration neo4j,
    Lazy<Neo4jQueryClient> neo4jClient,
    Lazy<Neo4jGraphLoader> neo4jLoader,
    LoaderConsole console,
    TimeProvider timeProvider,
    IOptions<LoaderOptions> loaderOptions,
    IOptions<ReviewOptions> reviewOptions) : ILoaderCommand
{
    public Command Create()
    {
        var into = new Option<string?>("--into") { Description = "The graph-seed directory to review and write (default: the configured graph-seed, or Neo4j when Neo4j:Uri is set)", HelpName = "DIR" };
        var facts = new Option<string?>("--facts") { Description = "Propose the facts of this facts JSON file (extract --json) for review too", HelpName = "FILE" };
        var documents = new Option<string[]>("--documents") { Description = "A folder where the documents' files are found, to show their text (repeatable)", HelpName = "DIR", AllowMultipleArgumentsPerToken = false };
        var reviewer = new Option<string?>("--reviewer") { Description = "The name written as reviewed_by (default: Review:Reviewer, else the user name)", HelpName = "NAME" };
        var port = new Option<int?>("--port") { Description = "The port on 127.0.0.1 (default: a free one)", HelpName = "N" };
        port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 0 or > 65535)
            {
                result.AddError("--port must be from 0 to 65535.");
            }
        });
        var command = new Command("review", "Serve the review app on 127.0.0.1: accept, correct, merge or reject extracted facts beside their documents")
        {
            into, facts, documents, reviewer, port,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            new ReviewRequest(parse.GetValue(into), parse.GetValue(facts), parse.GetValue(documents) ?? [], parse.GetValue(reviewer), parse.GetValue(port)),
            cancellationToken));
        return command;
    }

    public async Task<int> RunAsync(ReviewRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var settings = reviewOptions.Value;
        IReviewStore store = request.Into is null && neo4j.Options.IsConfigured
            ? new Neo4jReviewStore(neo4jClient.Value, neo4jLoader.Value)
            : new GraphSeedReviewStore(seeds.Resolve(request.Into));

        GraphSeed seed;
        try
        {
            (seed, _) = await store.ReadAsync(cancellationToken);
        }
        catch (SeedValidationException exception)
        {
            await console.Error.WriteLineAsync($"error: cannot review {store.Description}:");
            foreach (var error in exception.Errors)
            {
                await console.Error.WriteLineAsync("  " + error);
            }

            return ExitCodes.SomeInputsFailed;
        }
        catch (Exception exception) when (exception is ReviewException or Neo4jException or HttpRequestException or TimeoutException)
        {
            await console.Error.WriteLineAsync($"error: cannot review {store.Description}: {Neo4jConfiguration.Describe(exception)}");
            return ExitCodes.SomeInputsFailed;
        }

        var names = PlaceNames.Create(seed);
        var folders = request.Documents.Concat(settings.Documents).Select(Path.GetFullPath).ToList();
        MergedFacts? proposed = null;
        if (request.Facts is { } factsFile)
        {
            try
            {
                proposed = await FactsJsonReader.ReadAsync(factsFile, cancellationToken);
            }
            catch (Exception exception) when (exception is ReviewException or IOException or UnauthorizedAccessException)
            {
                await console.Error.WriteLineAsync($"error: {exception.Message}");
                return ExitCodes.SomeInputsFailed;
            }

            folders.Insert(0, Path.GetDirectoryName(Path.GetFullPath(factsFile))!);
        }

        var limits = loaderOptions.Value;
        var reader = new DocumentReaderOptions
        {
            MaxBytes = limits.MaxDocumentBytes,
            MaxTextCharacters = limits.MaxTextCharacters,
            MaxUnpackedBytes = limits.MaxUnpackedBytes,
            MaxParagraphs = limits.MaxParagraphs,
            MaxPages = limits.MaxPages,
            MaxHtmlDepth = limits.MaxHtmlDepth,
            MaxHtmlElements = limits.MaxHtmlElements,
        };
        var texts = new DocumentTexts([.. folders.Distinct(StringComparer.Ordinal)], reader);
        var reviewerName = request.Reviewer ?? settings.Reviewer ?? Environment.UserName;
        using var session = new ReviewSession(store, names, proposed, texts, reviewerName, timeProvider);
        ReviewState state;
        try
        {
            state = await session.StateAsync(cancellationToken);
        }
        catch (ReviewValidationException exception)
        {
            await console.Error.WriteLineAsync($"error: the facts of {request.Facts} do not merge into {store.Description}:");
            foreach (var error in exception.Errors)
            {
                await console.Error.WriteLineAsync("  " + error);
            }

            return ExitCodes.SomeInputsFailed;
        }

        var options = new ReviewOptions { Port = request.Port ?? settings.Port, ListenAddress = settings.ListenAddress };
        await using var server = await ReviewServer.StartAsync(session, options, cancellationToken);
        await console.Out.WriteLineAsync($"Reviewing {store.Description} as {reviewerName}: {state.Pending.Count} fact(s) awaiting review.");
        await console.Out.WriteLineAsync(folders.Count == 0
            ? "Document texts: none (give --documents DIR to show each fact beside its text)."
            : $"Document texts from: {string.Join(", ", folders)}");
        await console.Out.WriteLineAsync($"Open {server.SessionAddress}");
        await console.Out.WriteLineAsync("Press Ctrl+C to stop.");
        await console.Out.FlushAsync(cancellationToken);
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl+C: stop serving.
        }

        return ExitCodes.Ok;
    }
}

/// <summary>The arguments of one <c>review</c> run.</summary>
public sealed record ReviewRequest(string? Into, string? Facts, IReadOnlyList<string> Documents, string? Reviewer, int? Port);
