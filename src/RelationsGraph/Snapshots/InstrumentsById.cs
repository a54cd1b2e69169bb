using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace RelationsGraph.Snapshots;

/// <summary>
/// The snapshot's instruments by id: a binary search over the instruments, which the builder keeps in ordinal id
/// order, instead of a hash table of its own (about 30 bytes an instrument on a world-scale graph, and the time to
/// fill it). A look-up costs about twenty ordinal comparisons, which no query repeats often enough to notice.
/// </summary>
internal sealed class InstrumentsById(IReadOnlyList<InstrumentNode> instruments) : IReadOnlyDictionary<string, InstrumentNode>
{
    public int Count => instruments.Count;

    public IEnumerable<string> Keys => instruments.Select(instrument => instrument.Id);

    public IEnumerable<InstrumentNode> Values => instruments;

    public InstrumentNode this[string key] =>
        TryGetValue(key, out var instrument) ? instrument : throw new KeyNotFoundException($"No instrument has the id '{key}'.");

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out InstrumentNode value)
    {
        ArgumentNullException.ThrowIfNull(key);
        var (low, high) = (0, instruments.Count - 1);
        while (low <= high)
        {
            var middle = low + ((high - low) >> 1);
            var order = string.CompareOrdinal(instruments[middle].Id, key);
            if (order == 0)
            {
                value = instruments[middle];
                return true;
            }

            if (order < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        value = null;
        return false;
    }

    public IEnumerator<KeyValuePair<string, InstrumentNode>> GetEnumerator()
    {
        foreach (var instrument in instruments)
        {
            yield return new KeyValuePair<string, InstrumentNode>(instrument.Id, instrument);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
