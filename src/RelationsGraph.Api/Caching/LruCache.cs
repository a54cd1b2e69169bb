namespace RelationsGraph.Api.Caching;

/// <summary>
/// A thread-safe cache bounded by a number of entries and a total cost (bytes), which evicts the least recently used
/// entries to admit new ones: a burst of one-off keys passes through it and is gone again, while keys that keep
/// being asked for stay. An entry costing more than the whole budget is not admitted.
/// </summary>
internal sealed class LruCache<TKey, TValue>(int maxEntries, long maxCost, IEqualityComparer<TKey>? comparer = null)
    where TKey : notnull
{
    private readonly Dictionary<TKey, LinkedListNode<Entry>> _entries = new(comparer);
    private readonly LinkedList<Entry> _recency = new();
    private readonly Lock _lock = new();
    private long _cost;

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    public long Cost
    {
        get
        {
            lock (_lock)
            {
                return _cost;
            }
        }
    }

    public bool TryGet(TKey key, out TValue value)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue(key, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                value = node.Value.Value;
                return true;
            }
        }

        value = default!;
        return false;
    }

    /// <summary>Adds or replaces an entry, evicting the least recently used ones until it fits.</summary>
    public bool Set(TKey key, TValue value, long cost)
    {
        if (maxEntries <= 0 || cost > maxCost)
        {
            return false;
        }

        lock (_lock)
        {
            if (_entries.Remove(key, out var existing))
            {
                _recency.Remove(existing);
                _cost -= existing.Value.Cost;
            }

            while (_entries.Count >= maxEntries || _cost + cost > maxCost)
            {
                var oldest = _recency.Last!;
                _recency.RemoveLast();
                _entries.Remove(oldest.Value.Key);
                _cost -= oldest.Value.Cost;
            }

            _entries[key] = _recency.AddFirst(new Entry(key, value, cost));
            _cost += cost;
            return true;
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            _entries.Clear();
            _recency.Clear();
            _cost = 0;
        }
    }

    private sealed record Entry(TKey Key, TValue Value, long Cost);
}
