using Microsoft.Extensions.Options;
using RelationsGraph.Api.Caching;
using RelationsGraph.Api.GraphQL;

namespace RelationsGraph.Api.Http;

/// <summary>
/// Answers a request that was answered before from the bytes of that answer. The snapshot is immutable, so an answer
/// depends only on the snapshot's version, the day (names resolve to the units valid today), the response media
/// type and the request itself; all of them are in the key. Only complete answers without errors are kept, within a
/// configured number of bytes, least recently used evicted first; a new snapshot version starts an empty cache.
/// </summary>
internal sealed class ResultCache(IOptions<GraphQLLimits> limits)
{
    private State _state = new(string.Empty, limits.Value.ResultCacheBytes);

    public bool Enabled => limits.Value.ResultCacheBytes > 0;

    public static string Key(string version, DateOnly today, string mediaType, string method, string request) =>
        string.Concat(version, "|", today.DayNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), "|", mediaType, "|", method, "|", request);

    /// <summary>The same key, made straight from a request body in UTF-8 (one string, no copy of the body as text).</summary>
    public static string Key(string version, DateOnly today, string mediaType, string method, ReadOnlySpan<byte> utf8Request)
    {
        var prefix = Key(version, today, mediaType, method, string.Empty);
        var length = prefix.Length + System.Text.Encoding.UTF8.GetCharCount(utf8Request);
        var buffer = System.Buffers.ArrayPool<char>.Shared.Rent(length);
        try
        {
            prefix.CopyTo(buffer);
            System.Text.Encoding.UTF8.GetChars(utf8Request, buffer.AsSpan(prefix.Length));
            return new string(buffer, 0, length);
        }
        finally
        {
            System.Buffers.ArrayPool<char>.Shared.Return(buffer);
        }
    }

    public bool TryGet(string version, string key, out byte[] answer)
    {
        var state = Volatile.Read(ref _state);
        if (state.Version == version && state.Answers.TryGet(key, out var found))
        {
            answer = found;
            return true;
        }

        answer = [];
        return false;
    }

    public void Add(string version, string key, byte[] answer)
    {
        var state = Volatile.Read(ref _state);
        if (state.Version != version)
        {
            // A new snapshot: answers of the old one are never right again.
            var fresh = new State(version, limits.Value.ResultCacheBytes);
            state = Interlocked.CompareExchange(ref _state, fresh, state) == state ? fresh : Volatile.Read(ref _state);
            if (state.Version != version)
            {
                return;
            }
        }

        state.Answers.Set(key, answer, (key.Length * sizeof(char)) + answer.Length);
    }

    private sealed class State(string version, long bytes)
    {
        public LruCache<string, byte[]> Answers { get; } = new(int.MaxValue, bytes, StringComparer.Ordinal);

        public string Version { get; } = version;
    }
}
