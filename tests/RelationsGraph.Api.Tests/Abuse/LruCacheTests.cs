using RelationsGraph.Api.Caching;
using Xunit;

namespace RelationsGraph.Api.Tests.Abuse;

public sealed class LruCacheTests
{
    [Fact]
    public void Full_cache_evicts_the_least_recently_used_entry()
    {
        var cache = new LruCache<string, int>(maxEntries: 2, maxCost: 100);
        cache.Set("a", 1, 1);
        cache.Set("b", 2, 1);
        Assert.True(cache.TryGet("a", out _));

        cache.Set("c", 3, 1);

        Assert.True(cache.TryGet("a", out _));
        Assert.False(cache.TryGet("b", out _));
        Assert.True(cache.TryGet("c", out _));
        Assert.Equal(2, cache.Count);
    }

    [Fact]
    public void Cost_budget_is_kept_and_an_entry_larger_than_it_is_refused()
    {
        var cache = new LruCache<string, int>(maxEntries: 100, maxCost: 10);
        cache.Set("a", 1, 6);
        cache.Set("b", 2, 6);

        Assert.False(cache.Set("huge", 3, 11));
        Assert.False(cache.TryGet("a", out _));
        Assert.True(cache.TryGet("b", out _));
        Assert.Equal(6, cache.Cost);
    }
}
