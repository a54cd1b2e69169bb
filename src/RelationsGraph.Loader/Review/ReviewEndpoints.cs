using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using RelationsGraph.Common;
using RelationsGraph.Facts;

namespace RelationsGraph.Loader.Review;

/// <summary>
/// The review app's page (built from src/web/review and embedded in the loader) and its JSON API: the queue, a
/// fact's view, a document's text, the form's choices, and the four decisions.
/// </summary>
internal static class ReviewEndpoints
{
    private const string TokenPlaceholder = "__REVIEW_TOKEN__";

    public static IEndpointRouteBuilder MapReview(this IEndpointRouteBuilder endpoints, ReviewSession session, ReviewGuard guard)
    {
        endpoints.MapGet("/", () => Page("index.html") is { } page
            ? Results.Text(page.Replace(TokenPlaceholder, guard.Token, StringComparison.Ordinal), "text/html; charset=utf-8")
            : Results.Text("The review page was not built (the loader was built with SkipWebBuild=true); the JSON API under /api/ works.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status501NotImplemented));
        endpoints.MapGet("/review.js", () => Asset("review.js", "text/javascript; charset=utf-8"));
        endpoints.MapGet("/review.css", () => Asset("review.css", "text/css; charset=utf-8"));

        var api = endpoints.MapGroup("/api");
        api.MapGet("/state", async (CancellationToken cancellationToken) =>
        {
            var state = await session.StateAsync(cancellationToken);
            return Results.Json(new
            {
                store = session.Store.Description,
                reviewer = session.Reviewer,
                version = state.Version,
                documentFolders = session.Texts.Folders,
                pending = state.Pending.Select(id => ReviewSession.Summarise(state.Index, id, session.Names)),
            });
        });
        api.MapGet("/options", async (CancellationToken cancellationToken) =>
        {
            var state = await session.StateAsync(cancellationToken);
            var seed = state.Working;
            return Results.Json(new
            {
                kinds = EnumCodes.All<InstrumentKind>(),
                statuses = EnumCodes.All<InstrumentStatus>(),
                levels = EnumCodes.All<PartyLevel>(),
                partyRoles = EnumCodes.All<PartyRole>(),
                personRoles = EnumCodes.All<PersonRoleKind>(),
                commitmentKinds = EnumCodes.All<CommitmentKind>(),
                linkTypes = EnumCodes.All<LinkType>(),
                sessionModes = EnumCodes.All<SessionMode>(),
                fields = seed.Fields.OrderBy(field => field.Code, StringComparer.Ordinal).Select(field => new { code = field.Code, name = field.Name }),
                units = seed.Units.OrderBy(unit => unit.Id, StringComparer.Ordinal).Select(unit => new { id = unit.Id, name = unit.Name, country = unit.CountryCode }),
                instruments = seed.Instruments.OrderBy(instrument => instrument.Id, StringComparer.Ordinal).Select(instrument => new { id = instrument.Id, title = instrument.Title }),
            });
        });
        api.MapGet("/facts/{id}", async (string id, CancellationToken cancellationToken) =>
        {
            try
            {
                return Results.Json(await session.DetailAsync(id, cancellationToken));
            }
            catch (KeyNotFoundException exception)
            {
                return Results.Json(new { error = exception.Message }, statusCode: StatusCodes.Status404NotFound);
            }
        });
        api.MapGet("/documents/{id}/text", async (string id, CancellationToken cancellationToken) =>
            await session.TextAsync(id, cancellationToken) is { } text
                ? Results.Text(text, "text/plain; charset=utf-8")
                : Results.Json(new { error = $"the text of document '{id}' was not found in the document folders (it is cited by its title, URL and quotes)" }, statusCode: StatusCodes.Status404NotFound));

        api.MapPost("/facts/{id}/accept", (string id, CancellationToken cancellationToken) =>
            DecideAsync(session, id, new ReviewDecision(DecisionKind.Accept), cancellationToken));
        api.MapPost("/facts/{id}/correct", (string id, FactForm form, CancellationToken cancellationToken) =>
            DecideAsync(session, id, new ReviewDecision(DecisionKind.Correct, Form: form), cancellationToken));
        api.MapPost("/facts/{id}/merge", (string id, MergeRequest request, CancellationToken cancellationToken) =>
            DecideAsync(session, id, new ReviewDecision(DecisionKind.Merge, MergeInto: request.Into, Note: request.Note), cancellationToken));
        api.MapPost("/facts/{id}/reject", (string id, RejectRequest request, CancellationToken cancellationToken) =>
            DecideAsync(session, id, new ReviewDecision(DecisionKind.Reject, Note: request.Note), cancellationToken));
        return endpoints;
    }

    private static async Task<IResult> DecideAsync(ReviewSession session, string id, ReviewDecision decision, CancellationToken cancellationToken)
    {
        try
        {
            var version = await session.DecideAsync(id, decision, cancellationToken);
            return Results.Json(new { decided = id, decision = decision.Kind.ToString().ToLowerInvariant(), version });
        }
        catch (ReviewException exception)
        {
            return Results.Json(new { error = exception.Message }, statusCode: StatusCodes.Status400BadRequest);
        }
        catch (ReviewValidationException exception)
        {
            return Results.Json(new { error = exception.Message, errors = exception.Errors.Select(error => error.ToString()) }, statusCode: StatusCodes.Status422UnprocessableEntity);
        }
        catch (ReviewConflictException exception)
        {
            return Results.Json(new { error = exception.Message }, statusCode: StatusCodes.Status409Conflict);
        }
    }

    private static IResult Asset(string name, string contentType) =>
        Page(name) is { } content ? Results.Text(content, contentType) : Results.NotFound();

    /// <summary>A file of the built review page, embedded in the loader (null when the web build was skipped).</summary>
    private static string? Page(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("RelationsGraph.Loader.Review.web." + name);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

internal sealed record MergeRequest(string Into, string? Note);

internal sealed record RejectRequest(string? Note);
