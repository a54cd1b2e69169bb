namespace RelationsGraph.Api.GraphQL;

/// <summary>
/// The codes (extensions.code) of the errors the API itself raises. Every code but <see cref="Internal"/> is the
/// caller's to fix; docs/api-limits.md explains each. graphql-dotnet's validation codes (e.g. FIELDS_ON_CORRECT_TYPE)
/// pass through as they are.
/// </summary>
internal static class ErrorCodes
{
    public const string BadRequest = "BAD_REQUEST";
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";
    public const string SyntaxError = "SYNTAX_ERROR";
    public const string OperationNotSupported = "OPERATION_NOT_SUPPORTED";
    public const string QueryTooDeep = "QUERY_TOO_DEEP";
    public const string TooManyFields = "TOO_MANY_FIELDS";
    public const string TooManyDuplicateFields = "TOO_MANY_DUPLICATE_FIELDS";
    public const string TooManyDirectives = "TOO_MANY_DIRECTIVES";
    public const string QueryTooComplex = "QUERY_TOO_COMPLEX";
    public const string ServerBusy = "SERVER_BUSY";
    public const string NotReady = "NOT_READY";
    public const string Timeout = "TIMEOUT";
    public const string ResultTooLarge = "RESULT_TOO_LARGE";
    public const string TooManyErrors = "TOO_MANY_ERRORS";
    public const string Internal = "INTERNAL_ERROR";
}
