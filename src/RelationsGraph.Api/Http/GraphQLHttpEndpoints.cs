using System.Buffers;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQL.Utilities;
using Microsoft.Extensions.Options;
using RelationsGraph.Api.GraphQL;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Api.Http;

/// <summary>
/// The GraphQL endpoint, following the GraphQL-over-HTTP specification: POST with an application/json body, GET
/// with query parameters (queries only), application/graphql-response+json or application/json responses, and
/// status codes that tell a request error (400, 405, 406, 413, 415) from a response with data (200).
/// </summary>
internal static class GraphQLHttpEndpoints
{
    public static IEndpointRouteBuilder MapGraphQLEndpoint(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
    {
        endpoints.MapMethods(pattern, [HttpMethods.Get, HttpMethods.Post], HandleAsync).WithName("GraphQL").DisableAntiforgery();
        endpoints.Map(pattern, context =>
        {
            context.Response.Headers.Allow = "GET, POST";
            return WriteRequestErrorAsync(context, StatusCodes.Status405MethodNotAllowed, GraphQLMediaTypes.Json, "Use GET or POST.");
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
            await WriteRequestErrorAsync(context, StatusCodes.Status406NotAcceptable, GraphQLMediaTypes.Json, $"Accept {GraphQLMediaTypes.GraphQLResponse} or {GraphQLMediaTypes.Json}.");
            return;
        }

        var isGet = HttpMethods.IsGet(context.Request.Method);
        var (request, rawRequest, error, status) = isGet
            ? ReadGet(context, limits)
            : await ReadPostAsync(context, limits);
        if (request is null)
        {
            await WriteRequestErrorAsync(context, status, mediaType, error!);
            return;
        }

        var snapshot = context.RequestServices.GetRequiredService<SnapshotHolder>().Current;
        var cache = context.RequestServices.GetRequiredService<ResultCache>();
        var cacheKey = cache.Enabled
            ? ResultCache.Key(snapshot.Info.Version, Today(context), mediaType, context.Request.Method, rawRequest!)
            : null;
        if (cacheKey is not null && cache.TryGet(snapshot.Info.Version, cacheKey, out var cached))
        {
            SetResponseHeaders(context, StatusCodes.Status200OK, mediaType);
            await context.Response.Body.WriteAsync(cached, context.RequestAborted);
            return;
        }

        var executer = context.RequestServices.GetRequiredService<IDocumentExecuter<RelationsSchema>>();
        var result = await executer.ExecuteAsync(options =>
        {
            options.Query = request.Query;
            options.OperationName = request.OperationName;
            options.Variables = request.Variables;
            options.Extensions = request.Extensions;
            options.Root = snapshot;
            options.RequestServices = context.RequestServices;
            options.CancellationToken = context.RequestAborted;
            if (isGet)
            {
                options.ValidationRules = QueriesOnlyRule.AppendTo(options.ValidationRules);
                options.CachedDocumentValidationRules = (options.CachedDocumentValidationRules ?? []).Append(QueriesOnlyRule.Instance);
            }
        });

        if (isGet && result.Errors?.Any(e => e.Code == QueriesOnlyRule.Code) == true)
        {
            context.Response.Headers.Allow = "POST";
            await WriteResultAsync(context, StatusCodes.Status405MethodNotAllowed, mediaType, result);
            return;
        }

        // application/json answers every well-formed request with 200; the GraphQL response type uses 400 for a
        // document that could not be executed at all.
        var statusCode = mediaType == GraphQLMediaTypes.GraphQLResponse && !result.Executed
            ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;
        if (cacheKey is not null && result.Executed && result.Errors is not { Count: > 0 })
        {
            var serializer = context.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
            using var buffer = new MemoryStream();
            await serializer.WriteAsync(buffer, result, context.RequestAborted);
            var answer = buffer.ToArray();
            cache.Add(snapshot.Info.Version, cacheKey, answer);
            SetResponseHeaders(context, statusCode, mediaType);
            await context.Response.Body.WriteAsync(answer, context.RequestAborted);
            return;
        }

        await WriteResultAsync(context, statusCode, mediaType, result);
    }

    private static DateOnly Today(HttpContext context) =>
        DateOnly.FromDateTime(context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);

    private static (GraphQLRequest? Request, string? Raw, string? Error, int Status) ReadGet(HttpContext context, GraphQLLimits limits)
    {
        if (context.Request.QueryString.Value?.Length > limits.MaxRequestBytes)
        {
            return (null, null, $"The query string exceeds {limits.MaxRequestBytes} bytes.", StatusCodes.Status413PayloadTooLarge);
        }

        var query = context.Request.Query["query"].ToString();
        if (string.IsNullOrWhiteSpace(query))
        {
            return (null, null, "The 'query' parameter is required.", StatusCodes.Status400BadRequest);
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
            }, context.Request.QueryString.Value, null, 0);
        }
        catch (Exception exception) when (exception is System.Text.Json.JsonException or InvalidOperationException or FormatException)
        {
            return (null, null, "The 'variables' or 'extensions' parameter is not a JSON object.", StatusCodes.Status400BadRequest);
        }
    }

    private static async Task<(GraphQLRequest? Request, string? Raw, string? Error, int Status)> ReadPostAsync(HttpContext context, GraphQLLimits limits)
    {
        if (!GraphQLMediaTypes.IsJsonRequest(context.Request.ContentType))
        {
            return (null, null, $"Send the request as {GraphQLMediaTypes.Json} (UTF-8).", StatusCodes.Status415UnsupportedMediaType);
        }

        if (context.Request.ContentLength > limits.MaxRequestBytes)
        {
            return (null, null, $"The request body exceeds {limits.MaxRequestBytes} bytes.", StatusCodes.Status413PayloadTooLarge);
        }

        var buffer = ArrayPool<byte>.Shared.Rent(limits.MaxRequestBytes + 1);
        try
        {
            var length = 0;
            int read;
            while ((read = await context.Request.Body.ReadAsync(buffer.AsMemory(length, limits.MaxRequestBytes + 1 - length), context.RequestAborted)) > 0)
            {
                length += read;
                if (length > limits.MaxRequestBytes)
                {
                    return (null, null, $"The request body exceeds {limits.MaxRequestBytes} bytes.", StatusCodes.Status413PayloadTooLarge);
                }
            }

            var serializer = context.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
            GraphQLRequest? request;
            try
            {
                request = await serializer.ReadAsync<GraphQLRequest>(new MemoryStream(buffer, 0, length, writable: false), context.RequestAborted);
            }
            catch (Exception exception) when (exception is System.Text.Json.JsonException or InvalidOperationException or FormatException)
            {
                return (null, null, "The request body is not a GraphQL request in JSON: " + exception.Message, StatusCodes.Status400BadRequest);
            }

            if (string.IsNullOrWhiteSpace(request?.Query))
            {
                return (null, null, "The request has no 'query'.", StatusCodes.Status400BadRequest);
            }

            return (request, System.Text.Encoding.UTF8.GetString(buffer, 0, length), null, 0);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static Task WriteRequestErrorAsync(HttpContext context, int statusCode, string mediaType, string message) =>
        WriteResultAsync(context, statusCode, mediaType, new ExecutionResult { Errors = [new ExecutionError(message) { Code = "BAD_REQUEST" }] });

    private static async Task WriteResultAsync(HttpContext context, int statusCode, string mediaType, ExecutionResult result)
    {
        SetResponseHeaders(context, statusCode, mediaType);
        var serializer = context.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        await serializer.WriteAsync(context.Response.Body, result, context.RequestAborted);
    }

    private static void SetResponseHeaders(HttpContext context, int statusCode, string mediaType)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = mediaType + "; charset=utf-8";
        context.Response.Headers.Vary = "Accept";
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
