using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace RelationsGraph.Api.Tests;

/// <summary>Posts GraphQL requests as a spec-following client would and returns the parsed response.</summary>
public sealed class GraphQLClient(HttpClient http) : IDisposable
{
    public const string ResponseMediaType = "application/graphql-response+json";

    public HttpClient Http { get; } = http;

    /// <summary>Runs a query that must succeed: 200, no errors; returns "data".</summary>
    public async Task<JsonNode> QueryAsync(string query, object? variables = null)
    {
        var response = await PostAsync(query, variables);
        Assert.True(response.Errors is null, "Unexpected errors: " + response.Errors?.ToJsonString());
        Assert.Equal(200, response.StatusCode);
        return response.Data ?? throw new InvalidOperationException("The response has no data.");
    }

    public async Task<GraphQLResponse> PostAsync(string query, object? variables = null, string accept = ResponseMediaType)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        request.Headers.Accept.ParseAdd(accept);
        using var response = await Http.SendAsync(request, TestContext.Current.CancellationToken);
        return await GraphQLResponse.ReadAsync(response);
    }

    public async Task<GraphQLResponse> GetAsync(string pathAndQuery, string accept = ResponseMediaType)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        request.Headers.Accept.ParseAdd(accept);
        using var response = await Http.SendAsync(request, TestContext.Current.CancellationToken);
        return await GraphQLResponse.ReadAsync(response);
    }

    public void Dispose() => Http.Dispose();
}

/// <summary>A GraphQL HTTP response: status, media type and the parsed body.</summary>
public sealed record GraphQLResponse(int StatusCode, string? MediaType, JsonNode? Body, IReadOnlyCollection<string> Allow)
{
    public JsonNode? Data => Body?["data"];

    public JsonArray? Errors => Body?["errors"] as JsonArray;

    public string FirstErrorMessage => Errors?[0]?["message"]?.GetValue<string>() ?? throw new InvalidOperationException("No errors in " + Body?.ToJsonString());

    public static async Task<GraphQLResponse> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        JsonNode? body = null;
        if (text.Length > 0)
        {
            try
            {
                body = JsonNode.Parse(text);
            }
            catch (JsonException)
            {
                body = JsonValue.Create(text);
            }
        }

        return new GraphQLResponse((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, body, [.. response.Content.Headers.Allow]);
    }
}

internal static class JsonNodeExtensions
{
    public static IEnumerable<string> Strings(this JsonNode? node, string property) =>
        (node as JsonArray ?? []).Select(item => item?[property]?.GetValue<string>() ?? string.Empty);

    public static JsonArray Array(this JsonNode? node) => node as JsonArray ?? throw new InvalidOperationException("Not an array: " + node?.ToJsonString());

    public static string Text(this JsonNode? node) => node?.GetValue<string>() ?? throw new InvalidOperationException("Missing string");
}
