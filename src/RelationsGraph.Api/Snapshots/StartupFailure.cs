using Microsoft.Extensions.Options;

namespace RelationsGraph.Api.Snapshots;

/// <summary>How a failed start is told to the operator: once, in plain words, with a stack trace only for a fault of ours.</summary>
internal static partial class StartupFailure
{
    public static void Report(ILogger logger, Exception exception)
    {
        switch (exception)
        {
            case StartupFailureException:
                break;
            case OptionsValidationException options:
                LogInvalidSettings(logger, string.Join(Environment.NewLine, options.Failures));
                break;
            case IOException or InvalidOperationException or UnauthorizedAccessException or TimeoutException:
                LogCouldNotStart(logger, Messages(exception));
                break;
            default:
                LogFault(logger, exception);
                break;
        }
    }

    private static string Messages(Exception exception)
    {
        var messages = new List<string>();
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (!messages.Contains(current.Message))
            {
                messages.Add(current.Message);
            }
        }

        return string.Join(" ", messages);
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "The API will not start: invalid settings.\n{Failures}")]
    private static partial void LogInvalidSettings(ILogger logger, string failures);

    [LoggerMessage(Level = LogLevel.Critical, Message = "The API could not start: {Reason}")]
    private static partial void LogCouldNotStart(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Critical, Message = "The API could not start because of an internal error.")]
    private static partial void LogFault(ILogger logger, Exception exception);
}
