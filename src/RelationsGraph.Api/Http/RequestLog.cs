using GraphQL;

namespace RelationsGraph.Api.Http;

/// <summary>
/// What the API logs about one request. Every entry names the request by fields of its own: <c>RequestId</c> (the
/// request's <see cref="HttpContext.TraceIdentifier"/>, as in ASP.NET Core's own request logs) and <c>RequestPath</c>.
/// ASP.NET Core's hosting layer would otherwise add them as a logging scope, but only by starting an activity and
/// opening a scope for every request, logged or not; that category is off in appsettings.json (docs/benchmarks.md,
/// branch tail-6). The id and path are read only when the entry is written: Kestrel makes the id's string on demand.
/// </summary>
internal static partial class RequestLog
{
    public const string Category = "RelationsGraph.Api.GraphQL.Requests";

    /// <summary>The key under which a GraphQL request's user context carries its <see cref="HttpContext"/>.</summary>
    public const string UserContextKey = "RelationsGraph:HttpContext";

    public static ILogger Logger(HttpContext context) =>
        context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(Category);

    public static void Refused(HttpContext context, int statusCode, string code, string message)
    {
        var logger = Logger(context);
        if (logger.IsEnabled(LogLevel.Debug))
        {
            LogRefused(logger, statusCode, code, message, context.TraceIdentifier, context.Request.Path.Value);
        }
    }

    /// <summary>An answer with errors: the caller's mistakes (their codes are computed only when the entry is written).</summary>
    public static void CallerErrors(HttpContext context, ExecutionErrors errors)
    {
        var logger = Logger(context);
        if (logger.IsEnabled(LogLevel.Debug))
        {
            var codes = string.Join(", ", errors.Select(error => error.Code).Where(code => code is not null).Distinct());
            LogCallerErrors(logger, errors.Count, codes, errors[0].Message, context.TraceIdentifier, context.Request.Path.Value);
        }
    }

    public static void Stopped(HttpContext context, string code)
    {
        var logger = Logger(context);
        if (logger.IsEnabled(LogLevel.Information))
        {
            LogStopped(logger, code, context.TraceIdentifier, context.Request.Path.Value);
        }
    }

    public static void ClientGone(HttpContext context)
    {
        var logger = Logger(context);
        if (logger.IsEnabled(LogLevel.Debug))
        {
            LogClientGone(logger, context.TraceIdentifier, context.Request.Path.Value);
        }
    }

    /// <summary>A fault of ours in a resolver, with the request it happened in when it came over HTTP.</summary>
    public static void Unhandled(ILogger logger, Exception exception, IDictionary<string, object?>? userContext)
    {
        if (!logger.IsEnabled(LogLevel.Error))
        {
            return;
        }

        var context = userContext is not null && userContext.TryGetValue(UserContextKey, out var value) ? value as HttpContext : null;
        LogUnhandled(logger, exception, context?.TraceIdentifier, context?.Request.Path.Value);
    }

    [LoggerMessage(Level = LogLevel.Debug, SkipEnabledCheck = true, Message = "GraphQL request refused with {StatusCode} {Code}: {Message} (request {RequestId} {RequestPath})")]
    private static partial void LogRefused(ILogger logger, int statusCode, string code, string message, string requestId, string? requestPath);

    [LoggerMessage(Level = LogLevel.Debug, SkipEnabledCheck = true, Message = "GraphQL answer with {Count} error(s) ({Codes}), first: {Message} (request {RequestId} {RequestPath})")]
    private static partial void LogCallerErrors(ILogger logger, int count, string codes, string message, string requestId, string? requestPath);

    [LoggerMessage(Level = LogLevel.Information, SkipEnabledCheck = true, Message = "GraphQL request stopped: {Code} (request {RequestId} {RequestPath})")]
    private static partial void LogStopped(ILogger logger, string code, string requestId, string? requestPath);

    [LoggerMessage(Level = LogLevel.Debug, SkipEnabledCheck = true, Message = "GraphQL request abandoned: the client went away (request {RequestId} {RequestPath})")]
    private static partial void LogClientGone(ILogger logger, string requestId, string? requestPath);

    [LoggerMessage(Level = LogLevel.Error, SkipEnabledCheck = true, Message = "Unhandled error in a GraphQL resolver (request {RequestId} {RequestPath})")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string? requestId, string? requestPath);
}
