using System.Buffers;
using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQL.Utilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using RelationsGraph.Api.GraphQL;
using RelationsGraph.Api.Snapshots;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Api.Http;

/// <summary>
/// The GraphQL endpoint, following the GraphQL-over-HTTP specification: POST with an application/json body, GET
/// with query parameters (queries only), application/graphql-response+json or application/json responses, and
/// status codes that tell a request error (400, 405, 406, 413, 415) from a response with data (200). Every request
/// runs within a <see cref="RequestBudget"/>: one timeout from reading it to writing its answer, cancelled when the
/// client goes away, and an answer that is sent whole within the size limit or replaced by an error.
/// </summary>
internal static class GraphQLHttpEndpoints
{
    public static IEndpointRouteBuilder MapGraphQLEndpoint(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
    {
        endpoints.MapMethods(pattern, [HttpMethods.Get, HttpMethods.Post], HandleAsync).WithName("GraphQL").DisableAntiforgery();
        endpoints.Map(pattern, context =>
        {
            context.Response.Headers.Allow = "GET, POST";
            return WriteRequestErrorAsync(context, StatusCodes.Status405MethodNotAllowed, GraphQLMediaTypes.Json, ErrorCodes.BadRequest, "Use GET or POST.");
        });
        endpoints.MapGet("/schema.graphql", (ISchema schema) =>
            Results.Text(schema.Print(new PrintOptions { IncludeDescriptions = true, StringComparison = null }), "text/plain; charset=utf-8"));
        return endpoints;
    }

    private static async Task HandleAsync(HttpContext context)
    {
        var limits = context.RequestServices.GetRequiredService<IOptions<GraphQLLimits>>().Value;
        var mediaType = GraphQLMediaTypes.Negotiate(context.Request.Headers.Accept);
        if (mediaType is null)
        {
            await WriteRequestErrorAsync(context, StatusCodes.Status406NotAcceptable, GraphQLMediaTypes.Json, ErrorCodes.BadRequest, $"Accept {GraphQLMediaTypes.GraphQLResponse} or {GraphQLMediaTypes.Json}.");
            return;
        }

        if (!context.RequestServices.GetRequiredService<SnapshotReadiness>().IsReady)
        {
            SnapshotReadiness.SetRetryAfter(context.Response);
            await WriteRequestErrorAsync(context, StatusCodes.Status503ServiceUnavailable, mediaType, ErrorCodes.NotReady, $"The graph is still being loaded; try again in {SnapshotReadiness.RetryAfterSeconds} s.");
            return;
        }

        var cache = context.RequestServices.GetRequiredService<ResultCache>();
        var snapshot = context.RequestServices.GetRequiredService<SnapshotHolder>().Current;
        var isGet = HttpMethods.IsGet(context.Request.Method);
        GraphQLRequest? request;
        string? cacheKey;
        (int Status, string Code, string Message)? refusal;
        if (isGet)
        {
            string? rawRequest;
            (request, rawRequest, refusal) = ReadGet(context, limits);
            cacheKey = request is not null && cache.Enabled
                ? ResultCache.Key(snapshot.Info.Version, Today(context), mediaType, context.Request.Method, rawRequest!)
                : null;
        }
        else
        {
            // A request answered before is looked up by its body's bytes, before they are read as JSON.
            byte[]? cachedAnswer;
            (request, cacheKey, cachedAnswer, refusal) = await ReadPostAsync(context, limits, cache, snapshot.Info.Version, mediaType);
            if (cachedAnswer is not null)
            {
                SetResponseHeaders(context, StatusCodes.Status200OK, mediaType);
                await WriteBodyAsync(context, cachedAnswer);
                return;
            }
        }

        if (request is null)
        {
            var (status, code, message) = refusal!.Value;
            await WriteRequestErrorAsync(context, status, mediaType, code, message);
            return;
        }

        if (isGet && cacheKey is not null && cache.TryGet(snapshot.Info.Version, cacheKey, out var cached))
        {
            SetResponseHeaders(context, StatusCodes.Status200OK, mediaType);
            await WriteBodyAsync(context, cached);
            return;
        }

        using var budget = new RequestBudget(limits, context.RequestServices.GetRequiredService<TimeProvider>(), context.RequestAborted);
        budget.UserContext[RequestLog.UserContextKey] = context;
        using var answer = new AnswerBuffer(limits.MaxResponseBytes, budget.Token);
        ExecutionResult? result = null;
        try
        {
            ReadOnlyMemory<byte> body;
            try
            {
                // A cached document that runs no validation rule is answered without the executer's pipeline; any
                // answer but data alone comes from the executer, as does every other request.
                result = context.RequestServices.GetRequiredService<CachedDocumentExecution>().TryExecute(request, snapshot, context.RequestServices, budget)
                    ?? await ExecuteAsync(context, request, snapshot, budget);
                CapErrors(result, limits.MaxErrors, budget.DroppedErrors);
                var serializer = context.RequestServices.GetRequiredService<AnswerSerializer>();
                if (serializer.TryCompleteDataOnly(result) is { } whole)
                {
                    // Data alone, already written with the answer's opening before it: sent from where it was written.
                    body = whole;
                }
                else
                {
                    if (result.Data is RenderedData rendered)
                    {
                        // The data is written already: one buffer of its size, rather than growing to it through every
                        // power of two from 4 KB with a copy each time. The margin holds the envelope and extensions.
                        answer.EnsureCapacity(rendered.Json.Length + 1024);
                    }

                    serializer.Write(answer, result);
                    body = answer.Written;
                }
            }
            catch (OperationCanceledException) when (budget.Stopped is { } reason)
            {
                await WriteStoppedAsync(context, mediaType, limits, reason);
                return;
            }
            catch (ResponseTooLargeException)
            {
                await WriteStoppedAsync(context, mediaType, limits, RequestBudget.StopReason.ResultTooLarge);
                return;
            }

            if (result.Errors is { Count: > 0 } errors)
            {
                RequestLog.CallerErrors(context, errors);
            }

            int statusCode;
            if (isGet && result.Errors?.Any(error => error.Code == ErrorCodes.OperationNotSupported) == true)
            {
                // GraphQL-over-HTTP: a GET that is not a query is refused with 405.
                context.Response.Headers.Allow = "POST";
                statusCode = StatusCodes.Status405MethodNotAllowed;
            }
            else if (result.Errors?.Any(error => error.Code == ErrorCodes.ServerBusy) == true)
            {
                context.Response.Headers.RetryAfter = "1";
                statusCode = StatusCodes.Status503ServiceUnavailable;
            }
            else
            {
                // application/json answers every well-formed request with 200; the GraphQL response type uses 400 for a
                // document that could not be executed at all.
                statusCode = mediaType == GraphQLMediaTypes.GraphQLResponse && !result.Executed
                    ? StatusCodes.Status400BadRequest
                    : StatusCodes.Status200OK;
            }

            if (cacheKey is not null && result.Executed && result.Errors is not { Count: > 0 })
            {
                cache.Add(snapshot.Info.Version, cacheKey, body.ToArray());
            }

            SetResponseHeaders(context, statusCode, mediaType);
            await WriteBodyAsync(context, body);
        }
        finally
        {
            // The data's pooled memory, which may be the body just sent.
            (result?.Data as IDisposable)?.Dispose();
        }
    }

    private static Task<ExecutionResult> ExecuteAsync(HttpContext context, GraphQLRequest request, RelationSnapshot snapshot, RequestBudget budget) =>
        // The options directly rather than through a configuring delegate: no closure over this request.
        context.RequestServices.GetRequiredService<IDocumentExecuter<RelationsSchema>>().ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            Root = snapshot,
            RequestServices = context.RequestServices,
            UserContext = budget.UserContext,
            CancellationToken = budget.Token,
        });

    /// <summary>Keeps the first <paramref name="max"/> errors and says how many more there were.</summary>
    internal static void CapErrors(ExecutionResult result, int max, int alreadyDropped)
    {
        var listed = result.Errors?.Count ?? 0;
        var dropped = alreadyDropped + Math.Max(0, listed - max);
        if (dropped == 0)
        {
            return;
        }

        var kept = new ExecutionErrors();
        kept.AddRange(result.Errors!.Take(max));
        kept.Add(new ExecutionError($"{dropped:N0} more error(s) were left out; an answer lists at most {max}.") { Code = ErrorCodes.TooManyErrors });
        result.Errors = kept;
    }

    private static Task WriteStoppedAsync(HttpContext context, string mediaType, GraphQLLimits limits, RequestBudget.StopReason reason)
    {
        switch (reason)
        {
            case RequestBudget.StopReason.ClientGone:
                RequestLog.ClientGone(context);
                return Task.CompletedTask;
            case RequestBudget.StopReason.Timeout:
                RequestLog.Stopped(context, ErrorCodes.Timeout);
                return WriteErrorAfterExecutionAsync(context, mediaType, new ExecutionError($"The request took longer than the {limits.ExecutionTimeout.TotalSeconds:0.###} s allowed and was stopped. Ask for less, or try again.") { Code = ErrorCodes.Timeout });
            default:
                RequestLog.Stopped(context, ErrorCodes.ResultTooLarge);
                return WriteErrorAfterExecutionAsync(context, mediaType, new ExecutionError($"The answer would hold more than {limits.MaxResultNodes:N0} values or {limits.MaxResponseBytes:N0} bytes, the most this API sends. Ask for fewer fields, smaller lists ('first') or less nesting.") { Code = ErrorCodes.ResultTooLarge });
        }
    }

    /// <summary>An error in place of an answer whose execution began: data null, so 200 for both media types.</summary>
    private static async Task WriteErrorAfterExecutionAsync(HttpContext context, string mediaType, ExecutionError error)
    {
        if (context.RequestAborted.IsCancellationRequested)
        {
            return;
        }

        SetResponseHeaders(context, StatusCodes.Status200OK, mediaType);
        var serializer = context.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        await serializer.WriteAsync(context.Response.Body, new ExecutionResult { Errors = [error], Executed = true }, context.RequestAborted);
    }

    private static async Task WriteBodyAsync(HttpContext context, ReadOnlyMemory<byte> body)
    {
        try
        {
            context.Response.ContentLength = body.Length;
            await context.Response.Body.WriteAsync(body, context.RequestAborted);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            RequestLog.ClientGone(context);
        }
    }

    private static DateOnly Today(HttpContext context) =>
        DateOnly.FromDateTime(context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);

    private static (GraphQLRequest? Request, string? Raw, (int Status, string Code, string Message)? Refusal) ReadGet(HttpContext context, GraphQLLimits limits)
    {
        if (context.Request.QueryString.Value?.Length > limits.MaxRequestBytes)
        {
            return (null, null, (StatusCodes.Status413PayloadTooLarge, ErrorCodes.RequestTooLarge, $"The query string exceeds {limits.MaxRequestBytes} bytes."));
        }

        var query = context.Request.Query["query"].ToString();
        if (string.IsNullOrWhiteSpace(query))
        {
            return (null, null, (StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, "The 'query' parameter is required."));
        }

        var serializer = context.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        try
        {
            return (new GraphQLRequest
            {
                Query = query,
                OperationName = NullIfEmpty(context.Request.Query["operationName"].ToString()),
                Variables = serializer.Deserialize<Inputs>(NullIfEmpty(context.Request.Query["variables"].ToString())),
                Extensions = serializer.Deserialize<Inputs>(NullIfEmpty(context.Request.Query["extensions"].ToString())),
            }, context.Request.QueryString.Value, null);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or FormatException)
        {
            return (null, null, (StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, "The 'variables' or 'extensions' parameter is not a JSON object."));
        }
    }

    /// <summary>
    /// Reads a POST body whole, within the size limit; with the result cache on, answers a body seen before from the
    /// cache (its key made from the bytes) without reading it as JSON; otherwise reads the GraphQL request in place.
    /// </summary>
    private static async Task<(GraphQLRequest? Request, string? CacheKey, byte[]? Cached, (int Status, string Code, string Message)? Refusal)> ReadPostAsync(
        HttpContext context, GraphQLLimits limits, ResultCache cache, string version, string mediaType)
    {
        if (!GraphQLMediaTypes.IsJsonRequest(context.Request.ContentType))
        {
            return (null, null, null, (StatusCodes.Status415UnsupportedMediaType, ErrorCodes.BadRequest, $"Send the request as {GraphQLMediaTypes.Json} (UTF-8)."));
        }

        var declaredLength = context.Request.ContentLength;
        if (declaredLength > limits.MaxRequestBytes)
        {
            return (null, null, null, TooLarge(limits));
        }

        var buffer = ArrayPool<byte>.Shared.Rent(limits.MaxRequestBytes + 1);
        try
        {
            var length = 0;
            int read;
            // A body of a declared length is whole once that many bytes are in: no further read to learn that it ended.
            while (length != declaredLength && (read = await context.Request.Body.ReadAsync(buffer.AsMemory(length, limits.MaxRequestBytes + 1 - length), context.RequestAborted)) > 0)
            {
                length += read;
                if (length > limits.MaxRequestBytes)
                {
                    return (null, null, null, TooLarge(limits));
                }
            }

            string? key = null;
            if (cache.Enabled)
            {
                // Only complete answers are kept, so a body found here was a valid request: the same bytes, the same answer.
                key = ResultCache.Key(version, Today(context), mediaType, context.Request.Method, buffer.AsSpan(0, length));
                if (cache.TryGet(version, key, out var cached))
                {
                    return (null, key, cached, null);
                }
            }

            var serializer = context.RequestServices.GetRequiredService<AnswerSerializer>();
            GraphQLRequest? request;
            try
            {
                // The whole body is in memory already: read it in place rather than through a stream.
                request = serializer.Read<GraphQLRequest>(buffer.AsSpan(0, length));
            }
            catch (Exception exception) when (exception is JsonException or InvalidOperationException or FormatException)
            {
                return (null, null, null, (StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, DescribeBadBody(exception)));
            }

            if (string.IsNullOrWhiteSpace(request?.Query))
            {
                return (null, null, null, (StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, "The request has no 'query'."));
            }

            return (request, key, null, null);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static (int Status, string Code, string Message) TooLarge(GraphQLLimits limits) =>
        (StatusCodes.Status413PayloadTooLarge, ErrorCodes.RequestTooLarge, $"The request body exceeds {limits.MaxRequestBytes} bytes.");

    /// <summary>Where the body stops being a GraphQL request, in the caller's terms (never the server's type names).</summary>
    private static string DescribeBadBody(Exception exception)
    {
        const string Expected = "The request body is not a GraphQL request in JSON: expected an object with a string 'query' and optional 'operationName', 'variables' and 'extensions'";
        if (exception is JsonException { LineNumber: { } line, BytePositionInLine: { } position } json)
        {
            var where = json.Path is { Length: > 1 } path ? $" at {path}" : string.Empty;
            return $"{Expected} (problem{where}, line {line + 1}, byte {position + 1}).";
        }

        return Expected + ".";
    }

    private static Task WriteRequestErrorAsync(HttpContext context, int statusCode, string mediaType, string code, string message)
    {
        RequestLog.Refused(context, statusCode, code, message);
        SetResponseHeaders(context, statusCode, mediaType);
        var serializer = context.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        return serializer.WriteAsync(context.Response.Body, new ExecutionResult { Errors = [new ExecutionError(message) { Code = code }] }, context.RequestAborted);
    }

    private static void SetResponseHeaders(HttpContext context, int statusCode, string mediaType)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = mediaType + "; charset=utf-8";

        // Added to whatever Vary the CORS policy set (Origin), never in place of it.
        context.Response.Headers.Append(HeaderNames.Vary, "Accept");
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
