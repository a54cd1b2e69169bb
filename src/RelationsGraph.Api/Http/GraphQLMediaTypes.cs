using Microsoft.Net.Http.Headers;

namespace RelationsGraph.Api.Http;

/// <summary>Media types of the GraphQL-over-HTTP specification and the response type an Accept header asks for.</summary>
internal static class GraphQLMediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";
    private const string JsonUtf8 = "application/json; charset=utf-8";

    /// <summary>
    /// The response media type for an Accept header: application/graphql-response+json when the client accepts it,
    /// application/json when it accepts only that (or sends no Accept header, or */*, for older clients), and null
    /// when it accepts neither (406).
    /// </summary>
    public static string? Negotiate(string? accept)
    {
        // One of the two types alone, as most clients send it, needs no parsing (which allocates a list of parsed
        // values and a lower-cased copy for every request): the answer is the type itself, as the loop below finds.
        if (string.Equals(accept, GraphQLResponse, StringComparison.OrdinalIgnoreCase))
        {
            return GraphQLResponse;
        }

        if (string.Equals(accept, Json, StringComparison.OrdinalIgnoreCase))
        {
            return Json;
        }

        if (string.IsNullOrWhiteSpace(accept) || !MediaTypeHeaderValue.TryParseList([accept], out var types))
        {
            return Json;
        }

        string? best = null;
        double bestQuality = 0;
        foreach (var type in types)
        {
            var quality = type.Quality ?? 1;
            var candidate = type.MediaType.Value?.ToLowerInvariant() switch
            {
                GraphQLResponse => GraphQLResponse,
                Json or "application/*" or "*/*" => Json,
                _ => null,
            };
            if (candidate is null || quality <= 0)
            {
                continue;
            }

            // At equal quality the specific GraphQL response type wins over application/json and wildcards.
            if (quality > bestQuality || (quality == bestQuality && candidate == GraphQLResponse))
            {
                best = candidate;
                bestQuality = quality;
            }
        }

        return best;
    }

    public static bool IsJsonRequest(string? contentType) =>
        string.Equals(contentType, Json, StringComparison.OrdinalIgnoreCase)
        || string.Equals(contentType, JsonUtf8, StringComparison.OrdinalIgnoreCase)
        || (contentType is not null && IsParsedJsonRequest(contentType));

    // Anything but the two common spellings above: parsed, which allocates the parsed value.
    private static bool IsParsedJsonRequest(string contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type)
        && string.Equals(type.MediaType.Value, Json, StringComparison.OrdinalIgnoreCase)
        && (type.Charset.Value is null || string.Equals(type.Charset.Value, "utf-8", StringComparison.OrdinalIgnoreCase));
}
