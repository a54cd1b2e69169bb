using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using GraphQL.DI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RelationsGraph.Api.GraphQL;
using Xunit;

namespace RelationsGraph.Api.Tests.Abuse;

/// <summary>
/// The requests of issue 12, sent to the real HTTP pipeline: each gets a clear GraphQL error with a code, quickly and
/// in a small body; the server keeps answering; nothing is logged above Debug or Information, and never a stack trace.
/// Time bounds are generous (a loaded CI machine); the figures that count are measured by the soak benchmark.
/// </summary>
public sealed class AbusiveRequestTests : IDisposable
{
    private static readonly TimeSpan Quickly = TimeSpan.FromSeconds(10);

    private readonly ApiServer _server = ApiServer.WithSettings(new Dictionary<string, string?>
    {
        ["Logging:LogLevel:RelationsGraph"] = "Debug",
    });

    public void Dispose() => _server.Dispose();

    public static TheoryData<string, string, string> Requests() => new()
    {
        { "40 nested fragments, each spreading the next twice", NestedFragments(40), ErrorCodes.TooManyFields },
        { "one alias on different fields 1,500 times", "{ " + string.Concat(Enumerable.Range(0, 1_500).Select(i => i % 2 == 0 ? "a: graph { version } " : "a: countries { code } ")) + "}", ErrorCodes.TooManyFields },
        { "1,800 copies of province(name: \"i\")", "{ " + string.Concat(Enumerable.Repeat("province(name: \"i\") ", 1_800)) + "}", ErrorCodes.TooManyFields },
        { "one alias 21 times", "{ " + string.Concat(Enumerable.Range(0, 21).Select(i => i % 2 == 0 ? "a: graph { version } " : "a: countries { code } ")) + "}", ErrorCodes.TooManyDuplicateFields },
        { "braces nested 1,000 deep", new string('{', 1_000) + new string('}', 1_000), ErrorCodes.SyntaxError },
        { "fields nested 1,000 deep", "{" + string.Concat(Enumerable.Repeat("a {", 1_000)) + "b" + new string('}', 1_001), ErrorCodes.QueryTooDeep },
        { "fields nested 20 deep", "{ province(name: \"Bac Giang\") { " + string.Concat(Enumerable.Repeat("parent { ", 20)) + "id" + new string('}', 21) + " }", ErrorCodes.QueryTooDeep },
        { "a mutation", "mutation { anything }", ErrorCodes.OperationNotSupported },
        { "a subscription", "subscription { anything }", ErrorCodes.OperationNotSupported },
        { "10,000 unknown directives", "{ graph { version " + string.Concat(Enumerable.Repeat("@x ", 10_000)) + "} }", ErrorCodes.TooManyDirectives },
        { "nested lists past the cost limit", "{ provinces(first: 200) { nodes { instruments { nodes { parties { province { instruments { nodes { parties { province { instruments { nodes { id } } } } } } } } } } } } }", ErrorCodes.QueryTooComplex },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Abusive_request_gets_a_coded_error_quickly_and_the_server_keeps_answering(string description, string query, string code)
    {
        using var client = _server.CreateGraphQLClient();
        var started = Stopwatch.GetTimestamp();

        using var response = await PostRawAsync(client.Http, query);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.True(Stopwatch.GetElapsedTime(started) < Quickly, $"{description}: answered after {Stopwatch.GetElapsedTime(started)}");
        Assert.Equal(code, Code(body));
        Assert.True(body.Length < 2_048, $"{description}: {body.Length} bytes");
        Assert.DoesNotContain("Internal error", body, StringComparison.Ordinal);
        Assert.Equal(400, (int)response.StatusCode);
        await AssertStillAnswersAsync(client);
        AssertLoggedQuietly();
    }

    [Fact]
    public async Task Nested_fragments_are_refused_over_get_as_a_web_page_would_send_them()
    {
        using var client = _server.CreateGraphQLClient();

        var response = await client.GetAsync("/graphql?query=" + Uri.EscapeDataString(NestedFragments(40)));

        Assert.Equal(ErrorCodes.TooManyFields, response.Errors![0]!["extensions"]!["code"]!.GetValue<string>());
        await AssertStillAnswersAsync(client);
    }

    [Fact]
    public async Task Many_errors_are_capped_with_one_error_saying_how_many_were_left_out()
    {
        using var client = _server.CreateGraphQLClient();
        var query = "{ " + string.Concat(Enumerable.Range(0, 80).Select(i => $"f{i}: nothing{i} ")) + "}";

        var response = await client.PostAsync(query);

        var errors = response.Errors!;
        Assert.Equal(51, errors.Count);
        Assert.Equal(ErrorCodes.TooManyErrors, errors[50]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains("30 more error(s) were left out", errors[50]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answer_larger_than_the_response_limit_is_replaced_by_an_error_not_truncated()
    {
        using var small = ApiServer.WithSettings(new Dictionary<string, string?> { ["GraphQL:Limits:MaxResponseBytes"] = "4096" });
        using var client = small.CreateGraphQLClient();

        using var response = await PostRawAsync(client.Http, "{ provinces(first: 1000) { nodes { id name names } } }");
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(ErrorCodes.ResultTooLarge, Code(body));
        Assert.Null(JsonNode.Parse(body)!["data"]);
        Assert.True(body.Length < 4096);
    }

    [Fact]
    public async Task Execution_stops_once_the_answer_holds_the_most_values_allowed()
    {
        using var small = ApiServer.WithSettings(new Dictionary<string, string?>
        {
            ["GraphQL:Limits:MaxResultNodes"] = "500",
            ["GraphQL:Limits:MaxResponseBytes"] = "100000000",
        });
        using var client = small.CreateGraphQLClient();

        var response = await client.PostAsync("{ provinces(first: 1000) { nodes { id name } } }");

        Assert.Equal(ErrorCodes.ResultTooLarge, response.Errors![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains("500 values", response.FirstErrorMessage, StringComparison.Ordinal);
        await AssertStillAnswersAsync(client);
    }

    [Fact]
    public async Task Request_body_that_is_not_a_graphql_request_names_no_internal_type()
    {
        using var client = _server.CreateGraphQLClient();

        foreach (var body in new[] { "5", "{\"query\": 5}", "[1,2]", "{\"query\": \"{ graph { version } }\", \"variables\": 7}", "{\"query\":" })
        {
            using var content = new StringContent(body, Encoding.UTF8, "application/json");
            using var response = await client.Http.PostAsync("/graphql", content, TestContext.Current.CancellationToken);
            var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

            Assert.Equal(400, (int)response.StatusCode);
            Assert.Equal(ErrorCodes.BadRequest, Code(text));
            Assert.DoesNotContain("GraphQL.", text, StringComparison.Ordinal);
            Assert.DoesNotContain("System.", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task One_off_queries_cannot_keep_a_repeated_query_out_of_the_document_cache()
    {
        using var client = _server.CreateGraphQLClient();
        var cache = _server.Services.GetServices<IConfigureExecution>().OfType<DocumentCache>().Single();
        // Variables make each request new to the result cache, so the query text reaches the document cache.
        const string Honest = "query ($name: String!) { province(name: $name) { id name } }";
        await client.QueryAsync(Honest, new { name = "Xaisomboun" });

        for (var junk = 0; junk < 1_050; junk++)
        {
            await client.QueryAsync($"{{ junk{junk}: graph {{ version }} }}");
        }

        await client.QueryAsync(Honest, new { name = "Xaysomboun" });

        Assert.True(cache.Contains(Honest));
        Assert.True(cache.Count <= 1_000);
    }

    private static string NestedFragments(int levels) =>
        "{ province(name: \"Bac Giang\") { ...F0 } } "
        + string.Concat(Enumerable.Range(0, levels).Select(i => $"fragment F{i} on Province {{ ...F{i + 1} ...F{i + 1} }} "))
        + $"fragment F{levels} on Province {{ id }}";

    private static async Task<HttpResponseMessage> PostRawAsync(HttpClient http, string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
        request.Headers.Accept.ParseAdd(GraphQLClient.ResponseMediaType);
        return await http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private static string? Code(string body) => JsonNode.Parse(body)?["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>();

    private static async Task AssertStillAnswersAsync(GraphQLClient client)
    {
        var data = await client.QueryAsync("{ province(name: \"Xaisomboun\") { id } }");
        Assert.Equal("LA-XS", data["province"]?["id"]?.GetValue<string>());
    }

    private void AssertLoggedQuietly()
    {
        var entries = _server.Logs.Entries;
        Assert.DoesNotContain(entries, entry => entry.Level >= LogLevel.Warning);
        Assert.DoesNotContain(entries, entry => entry.Exception is not null || entry.Message.Contains("   at ", StringComparison.Ordinal));
        Assert.Contains(entries, entry => entry.Category == "RelationsGraph.Api.GraphQL.Requests" && entry.Level == LogLevel.Debug);
    }
}
