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
    public void Zero_bytes_turns_the_cache_off() => Assert.False(Cache(0).Enabled);
}
