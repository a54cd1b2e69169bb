using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Options;
using RelationsGraph.Api.GraphQL;
using RelationsGraph.Api.Http;
using Xunit;

namespace RelationsGraph.Api.Tests.Http;

public sealed class ResultCacheTests
{
    private static ResultCache Cache(long bytes) => new(Options.Create(new GraphQLLimits { ResultCacheBytes = bytes }));

    [Fact]
    public void Answer_is_found_again_for_the_same_version_and_key()
    {
        var cache = Cache(1024);

        cache.Add("v1", "query-a", [1, 2, 3]);

        Assert.True(cache.TryGet("v1", "query-a", out var answer));
        Assert.Equal([1, 2, 3], answer);
        Assert.False(cache.TryGet("v1", "query-b", out _));
    }

    [Fact]
    public void New_snapshot_version_never_sees_answers_of_the_old_one()
    {
        var cache = Cache(1024);
        cache.Add("v1", "query-a", [1]);

        cache.Add("v2", "query-b", [2]);

        Assert.False(cache.TryGet("v1", "query-a", out _));
        Assert.False(cache.TryGet("v2", "query-a", out _));
        Assert.True(cache.TryGet("v2", "query-b", out _));
    }

    [Fact]
    public void Cache_keeps_no_more_than_its_byte_budget_and_evicts_the_least_recently_used()
    {
        var cache = Cache(150);
        cache.Add("v1", "a", new byte[60]);
        cache.Add("v1", "b", new byte[60]);
        Assert.True(cache.TryGet("v1", "a", out _));

        cache.Add("v1", "c", new byte[60]);

        Assert.True(cache.TryGet("v1", "a", out _));
        Assert.False(cache.TryGet("v1", "b", out _));
        Assert.True(cache.TryGet("v1", "c", out _));
    }

    [Fact]
    public void Burst_of_one_off_answers_cannot_keep_a_repeated_answer_out()
    {
        var cache = Cache(10_000);
        for (var junk = 0; junk < 1_000; junk++)
        {
            cache.Add("v1", "junk-" + junk, new byte[100]);
        }

        cache.Add("v1", "honest", new byte[100]);

        Assert.True(cache.TryGet("v1", "honest", out _));
    }

    [Fact]
    public void Key_separates_days_media_types_and_methods()
    {
        var today = new DateOnly(2026, 11, 23);

        var keys = new[]
        {
            ResultCache.Key("v1", today, "application/json", "POST", "{}"),
            ResultCache.Key("v1", today.AddDays(1), "application/json", "POST", "{}"),
            ResultCache.Key("v1", today, "application/graphql-response+json", "POST", "{}"),
            ResultCache.Key("v1", today, "application/json", "GET", "{}"),
        };

        Assert.Equal(keys.Length, keys.Distinct().Count());
    }

    [Fact]
    public void Key_from_a_body_in_utf8_is_the_key_from_its_text()
    {
        var today = new DateOnly(2026, 11, 23);
        const string Body = "{\"query\":\"{ province(name: \\\"Bắc Giang – Ｘａｙ\\\") { id } }\"}";

        Assert.Equal(
            ResultCache.Key("sha256:v1", today, "application/json", "POST", Body),
            ResultCache.Key("sha256:v1", today, "application/json", "POST", Encoding.UTF8.GetBytes(Body)));
    }

    [Fact]
    public async Task Repeated_post_gets_the_same_answer_and_a_bad_body_is_refused_every_time()
    {
        using var server = new ApiServer();
        using var http = server.CreateHttpClient();
        const string Query = "{\"query\":\"query ($id: String!) { province(name: $id) { id name } }\",\"variables\":{\"id\":\"Xaisomboun\"}}";

        var first = await PostAsync(http, Query);
        var again = await PostAsync(http, Query);
        var bad = await PostAsync(http, Query[..^1]);
        var badAgain = await PostAsync(http, Query[..^1]);

        Assert.Equal((200, first.Body), again);
        Assert.Contains("LA-XS", first.Body, StringComparison.Ordinal);
        Assert.Equal(400, bad.Status);
        Assert.Equal(bad, badAgain);
    }

    private static async Task<(int Status, string Body)> PostAsync(HttpClient http, string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Zero_bytes_turns_the_cache_off() => Assert.False(Cache(0).Enabled);
}
