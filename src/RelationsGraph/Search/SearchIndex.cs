using System.Globalization;
using RelationsGraph.Gazetteer;

namespace RelationsGraph.Search;

/// <summary>
/// A full-text index over instrument numbers and titles, people's names and evidence quotes, built once with the
/// snapshot. Words are compared case- and diacritic-insensitively with đ read as d (the place-name key), so
/// "xay som bun", "Xay Sổm Bun" and "XAY SOM BUN" find the same text. A query matches an entry holding every one of
/// its words, the last word also as the beginning of a longer one ("Xaisom" finds "Xaisomboun"). Hits are ranked by
/// field (numbers, titles, names, quotes), then by whether the words appear together as written, then in index order.
/// </summary>
public sealed class SearchIndex
{
    /// <summary>Queries longer than this are refused by callers: a search never costs unbounded work.</summary>
    public const int MaxQueryLength = 200;

    private const int MinPrefixLength = 3;
    private const int MaxWordLength = 64;

    // What NextWord does with a character below FoldTableSize, decided once: its folded form, Skipped for a combining
    // mark (read past, inside a word), or '\0' for a character that ends a word. One load per character of the
    // hundreds of thousands of titles a world-scale index reads.
    private const int FoldTableSize = 0x3000;
    private const char Skipped = '\uFFFF';
    private static readonly char[] FoldTable = BuildFoldTable();

    // Entries are kept as small structs (a field, the text, the fact and the evidence or person it came from); a
    // SearchHit is made only for an entry a search returns, not for each of hundreds of thousands of titles.
    private readonly SearchEntry[] _entries;

    // The words in ordinal order, their characters one after another: word i is
    // _wordChars[_wordStarts[i].._wordStarts[i + 1]]; the entries holding word i are
    // _postings[_starts[i].._starts[i + 1]], ascending. Flat arrays instead of a string and a list per word keep a
    // world-scale index small and quick to build.
    private readonly char[] _wordChars;
    private readonly int[] _wordStarts;
    private readonly int[] _starts;
    private readonly int[] _postings;

    private SearchIndex(SearchEntry[] entries, char[] wordChars, int[] wordStarts, int[] starts, int[] postings)
    {
        _entries = entries;
        _wordChars = wordChars;
        _wordStarts = wordStarts;
        _starts = starts;
        _postings = postings;
    }

    public static SearchIndex Empty { get; } = new([], [], [0], [0], []);

    public int EntryCount => _entries.Length;

    private int WordCount => _wordStarts.Length - 1;

    public static SearchIndex Build(IEnumerable<SearchHit> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return Build(entries.Select(SearchEntry.Of));
    }

    /// <param name="entries">What to index, in the order hits are ranked by last.</param>
    /// <param name="expectedEntries">
    /// How many entries there will be, so that a world-scale index does not grow and copy its arrays; when it is exact
    /// the array the entries are written into is the one kept. A wrong count costs only copies.
    /// </param>
    internal static SearchIndex Build(IEnumerable<SearchEntry> entries, int expectedEntries = 0)
    {
        var kept = new SearchEntry[expectedEntries];
        var count = 0;
        var table = new SearchWordTable(expectedEntries);
        var lastEntry = new List<int>();
        // Titles and quotes have a few distinct words each.
        var occurrences = new List<(int Word, int Entry)>(expectedEntries * 4);
        Span<char> word = stackalloc char[MaxWordLength];
        foreach (var entry in entries)
        {
            var index = count++;
            if (index == kept.Length)
            {
                Array.Resize(ref kept, Math.Max(16, kept.Length * 2));
            }

            kept[index] = entry;
            var text = entry.Text.AsSpan();
            var position = 0;
            while (NextWord(text, ref position, word) is var length && length > 0)
            {
                var id = table.IdOf(word[..length]);
                if (id == lastEntry.Count)
                {
                    lastEntry.Add(-1);
                }

                // A word repeated in one entry counts once.
                if (lastEntry[id] != index)
                {
                    lastEntry[id] = index;
                    occurrences.Add((id, index));
                }
            }
        }

        // Words in ordinal order, then a counting sort of the occurrences by word: entries stay ascending per word.
        var order = table.OrdinalOrder();
        var rank = new int[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            rank[order[i]] = i;
        }

        var (wordChars, wordStarts) = table.CharsInOrder(order);
        var starts = new int[order.Length + 1];
        foreach (var (id, _) in occurrences)
        {
            starts[rank[id] + 1]++;
        }

        for (var i = 1; i < starts.Length; i++)
        {
            starts[i] += starts[i - 1];
        }

        var postings = new int[occurrences.Count];
        var next = starts[..^1];
        foreach (var (id, entry) in occurrences)
        {
            postings[next[rank[id]]++] = entry;
        }

        if (count < kept.Length)
        {
            Array.Resize(ref kept, count);
        }

        return new SearchIndex(kept, wordChars, wordStarts, starts, postings);
    }

    /// <summary>Every entry matching the query, best first; empty for a query without words.</summary>
    public IReadOnlyList<SearchHit> Search(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var words = Tokens(query).Distinct(StringComparer.Ordinal).ToList();
        if (words.Count == 0)
        {
            return [];
        }

        // The rarest word first keeps the intersection small.
        var sets = words.Select((word, i) => Postings(word, prefix: i == words.Count - 1 && word.Length >= MinPrefixLength))
            .OrderBy(set => set.Count)
            .ToList();
        var candidates = sets[0];
        for (var i = 1; i < sets.Count && candidates.Count > 0; i++)
        {
            candidates = Intersect(candidates, sets[i]);
        }

        var phrase = NameKey.Normalize(query);
        return candidates
            .Select(id => (Id: id, Entry: _entries[id], Together: NameKey.Normalize(_entries[id].Text).Contains(phrase, StringComparison.Ordinal)))
            .OrderBy(match => match.Entry.Field)
            .ThenByDescending(match => match.Together)
            .ThenBy(match => match.Id)
            .Select(match => match.Entry.ToHit(ScoreOf(match.Entry.Field, match.Together)))
            .ToList();
    }

    /// <summary>The words of a text, folded: letters and digits, case and diacritics ignored, đ read as d.</summary>
    public static IReadOnlyList<string> Tokens(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<string>();
        Span<char> word = stackalloc char[MaxWordLength];
        var position = 0;
        while (NextWord(text, ref position, word) is var length && length > 0)
        {
            tokens.Add(new string(word[..length]));
        }

        return tokens;
    }

    /// <summary>
    /// Folds the next word of <paramref name="text"/> from <paramref name="position"/> into <paramref name="word"/>
    /// (at most <see cref="MaxWordLength"/> characters are kept) and returns its length, or 0 at the end.
    /// </summary>
    private static int NextWord(ReadOnlySpan<char> text, ref int position, Span<char> word)
    {
        var length = 0;
        for (; position <= text.Length; position++)
        {
            var c = position < text.Length ? text[position] : ' ';
            var folded = c < FoldTableSize ? FoldTable[c] : FoldBeyondTable(c);
            if (folded == Skipped)
            {
                continue;
            }

            if (folded != '\0')
            {
                if (length < word.Length)
                {
                    word[length++] = folded;
                }

                continue;
            }

            if (length > 0)
            {
                position++;
                return length;
            }
        }

        return 0;
    }

    /// <summary>A character's part in a word: <see cref="Skipped"/> for a combining mark, its folded form, or '\0'.</summary>
    private static char FoldBeyondTable(char c)
    {
        if (c >= 0x300 && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
        {
            return Skipped;
        }

        return char.IsLetterOrDigit(c) ? NameKey.Fold(c) : '\0';
    }

    private static char[] BuildFoldTable()
    {
        var table = new char[FoldTableSize];
        for (var c = 0; c < FoldTableSize; c++)
        {
            table[c] = FoldBeyondTable((char)c);
        }

        return table;
    }

    private static int ScoreOf(SearchField field, bool together) => ((4 - (int)field) * 2) + (together ? 1 : 0);

    private List<int> Postings(string word, bool prefix)
    {
        var first = FirstNotBefore(word);
        var found = first < WordCount && WordAt(first).SequenceEqual(word);
        if (!prefix)
        {
            return found ? [.. PostingsOf(first)] : [];
        }

        var last = first;
        while (last < WordCount && WordAt(last).StartsWith(word, StringComparison.Ordinal))
        {
            last++;
        }

        if (last - first == 1)
        {
            return [.. PostingsOf(first)];
        }

        var merged = new List<int>();
        for (var i = first; i < last; i++)
        {
            merged.AddRange(PostingsOf(i));
        }

        merged.Sort();
        var distinct = new List<int>(merged.Count);
        foreach (var entry in merged)
        {
            if (distinct.Count == 0 || distinct[^1] != entry)
            {
                distinct.Add(entry);
            }
        }

        return distinct;
    }

    /// <summary>The first word that is not ordinally before <paramref name="word"/> (<see cref="WordCount"/> if none).</summary>
    private int FirstNotBefore(ReadOnlySpan<char> word)
    {
        int low = 0, high = WordCount;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (WordAt(middle).SequenceCompareTo(word) < 0)
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

    private ReadOnlySpan<char> WordAt(int word) => _wordChars.AsSpan(_wordStarts[word], _wordStarts[word + 1] - _wordStarts[word]);

    private ReadOnlySpan<int> PostingsOf(int word) => _postings.AsSpan(_starts[word], _starts[word + 1] - _starts[word]);

    private static List<int> Intersect(List<int> a, List<int> b)
    {
        var result = new List<int>(Math.Min(a.Count, b.Count));
        int i = 0, j = 0;
        while (i < a.Count && j < b.Count)
        {
            if (a[i] == b[j])
            {
                result.Add(a[i]);
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return result;
    }
}
