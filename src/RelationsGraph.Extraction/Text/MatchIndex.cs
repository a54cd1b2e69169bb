namespace RelationsGraph.Extraction.Text;

/// <summary>The matches of one vocabulary over a whole text, found once and looked up by where they start or end.</summary>
public sealed class MatchIndex<T>
{
    // Matches are left to right and do not overlap (each one is at least a token long), so both their first and their
    // last tokens strictly increase: a match is found by bisection, with no per-token table to allocate per document.
    private readonly VocabularyMatch<T>[] _all;

    // Matches are collected in a list kept per thread and copied out at their exact count, so a document's index does
    // not leave the list's grown and discarded arrays behind.
    [ThreadStatic]
    private static List<VocabularyMatch<T>>? Found;

    public MatchIndex(Vocabulary<T> vocabulary, TokenizedText text)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(text);
        var found = Found ??= [];
        found.Clear();
        vocabulary.FindAll(text, 0, text.Count, found);
        _all = Keep(found);
    }

    /// <summary>
    /// The same index for the vocabulary in <paramref name="slot"/>, trying only the tokens <paramref name="starts"/>
    /// marks with its bit, among the phrases <paramref name="candidates"/> holds for them (<see cref="FirstWords"/>).
    /// </summary>
    internal MatchIndex(TokenizedText text, ReadOnlySpan<byte> starts, ReadOnlySpan<object?[]?> candidates, int slot)
    {
        var found = Found ??= [];
        found.Clear();
        Vocabulary<T>.FindAll(text, starts, candidates, slot, found);
        _all = Keep(found);
    }

    private static VocabularyMatch<T>[] Keep(List<VocabularyMatch<T>> found)
    {
        VocabularyMatch<T>[] all = [.. found];
        if (found.Capacity > 4096)
        {
            Found = null;
        }

        return all;
    }

    /// <summary>Every match, left to right, not overlapping.</summary>
    public IReadOnlyList<VocabularyMatch<T>> All => _all;

    public VocabularyMatch<T>? StartingAt(int token)
    {
        var i = FirstStartingFrom(token);
        return i < _all.Length && _all[i].First == token ? _all[i] : null;
    }

    public VocabularyMatch<T>? EndingAt(int token)
    {
        int low = 0, high = _all.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (_all[middle].Last < token)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low < _all.Length && _all[low].Last == token ? _all[low] : null;
    }

    /// <summary>The matches lying wholly inside tokens [<paramref name="first"/>, <paramref name="last"/>).</summary>
    public IEnumerable<VocabularyMatch<T>> Within(int first, int last)
    {
        var (start, count) = RangeWithin(first, last);
        for (var i = start; i < start + count; i++)
        {
            yield return _all[i];
        }
    }

    /// <summary>
    /// The same matches as <see cref="Within"/>, as a span over the index (they are consecutive): for loops that should
    /// not allocate. Valid while the index is.
    /// </summary>
    public ReadOnlySpan<VocabularyMatch<T>> SpanWithin(int first, int last)
    {
        var (start, count) = RangeWithin(first, last);
        return _all.AsSpan(start, count);
    }

    private (int Start, int Count) RangeWithin(int first, int last)
    {
        var start = FirstStartingFrom(first);
        var end = start;
        while (end < _all.Length && _all[end].First < last && _all[end].Last <= last)
        {
            end++;
        }

        return (start, end - start);
    }

    private int FirstStartingFrom(int token)
    {
        int low = 0, high = _all.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (_all[middle].First < token)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
