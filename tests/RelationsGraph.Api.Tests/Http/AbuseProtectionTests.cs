using Xunit;

namespace RelationsGraph.Api.Tests.Http;

/// <summary>Depth, complexity, page size and time limits stop abusive queries, and errors never leak internals.</summary>
public sealed class AbuseProtectionTests(ApiServer server)
{
    [Fact]
    public async Task Query_deeper_than_the_maximum_is_refused()
    {
        using var client = server.CreateGraphQLClient();
        var deep = "{ province(name: \"Bac Giang\") { " + string.Concat(Enumerable.Repeat("parent { ", 20)) + "id" + new string('}', 21) + " }";

        var response = await client.PostAsync(deep);

        Assert.Equal(400, response.StatusCode);
        Assert.Equal("QUERY_TOO_DEEP", response.Errors![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains("levels deep; at most 15", response.FirstErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_more_complex_than_the_maximum_is_refused()
    {
        using var client = server.CreateGraphQLClient();
        const string Expensive = """
            { countries { provinces { partners { partner { partners { instruments { parties { province { partners { instruments { evidence { quote } } } } } } } } } } } }
            """;

        var response = await client.PostAsync(Expensive);

        Assert.Equal(400, response.StatusCode);
        Assert.Equal("QUERY_TOO_COMPLEX", response.Errors![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Page_size_over_the_maximum_is_refused()
    {
        using var client = server.CreateGraphQLClient();

        var response = await client.PostAsync("{ provinces(first: 100000) { totalCount } }");

        Assert.Contains("first", response.FirstErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Execution_over_the_time_limit_returns_a_timeout_error()
    {
        using var slowServer = ApiServer.WithOneMillisecondLimit();
        using var client = slowServer.CreateGraphQLClient();

        var response = await client.PostAsync(ApiServer.OverTheTimeLimit);

        Assert.Equal("TIMEOUT", response.Errors![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains("longer than the 0.001 s allowed", response.FirstErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Errors_do_not_contain_stack_traces_or_exception_types()
    {
        using var client = server.CreateGraphQLClient();

        var responses = new[]
        {
            await client.PostAsync("{ provincesWithSeveralPartners(country: \"Atlantis\", partnerCountry: \"VN\") { partnerCount } }"),
            await client.PostAsync("{ instruments(party: \"Atlantis\") { totalCount } }"),
            await client.PostAsync("{ province(name: 42) { id } }"),
        };

        foreach (var response in responses)
        {
            var body = response.Body!.ToJsonString();
            Assert.NotNull(response.Errors);
            Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
            Assert.DoesNotContain("stackTrace", body, StringComparison.OrdinalIgnoreCase);
        }
    }
}
