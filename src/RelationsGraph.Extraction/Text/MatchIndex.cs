namespace RelationsGraph.Extraction.Text;

/// <summary>The matches of one vocabulary over a whole text, found once and looked up by where they start or end.</summary>
public sealed class MatchIndex<T>
{
    // Matches do not overlap, so a token starts or ends at most one: the index of that match, or -1. The arrays are
    // built on first use: several vocabularies are only ever scanned.
    private readonly List<VocabularyMatch<T>> _all;
    private readonly int _tokens;
    private int[]? _byStart;
    private int[]? _byEnd;

    public MatchIndex(Vocabulary<T> vocabulary, TokenizedText text)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(text);
        _all = vocabulary.FindAll(text, 0, text.Count);
        _tokens = text.Count;
    }

    /// <summary>Every match, left to right, not overlapping.</summary>
    public IReadOnlyList<VocabularyMatch<T>> All => _all;

    public VocabularyMatch<T>? StartingAt(int token)
    {
        var index = _byStart ??= Build(match => match.First);
        return token >= 0 && token < index.Length && index[token] >= 0 ? _all[index[token]] : null;
    }

    public VocabularyMatch<T>? EndingAt(int token)
    {
        var index = _byEnd ??= Build(match => match.Last);
        return token >= 0 && token < index.Length && index[token] >= 0 ? _all[index[token]] : null;
    }

    private int[] Build(Func<VocabularyMatch<T>, int> position)
    {
        var index = new int[_tokens + 1];
        Array.Fill(index, -1);
        for (var i = 0; i < _all.Count; i++)
        {
            index[position(_all[i])] = i;
        }

        return index;
    }

    /// <summary>The matches lying wholly inside tokens [<paramref name="first"/>, <paramref name="last"/>).</summary>
    public IEnumerable<VocabularyMatch<T>> Within(int first, int last)
    {
        var low = 0;
        var high = _all.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (_all[middle].First < first)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        for (var i = low; i < _all.Count && _all[i].First < last; i++)
        {
            if (_all[i].Last <= last)
            {
                yield return _all[i];
            }
        }
    }
}
