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
    private readonly SearchHit[] _entries;
    private readonly string[] _tokens;
    private readonly int[][] _postings;

    private SearchIndex(SearchHit[] entries, string[] tokens, int[][] postings)
    {
        _entries = entries;
        _tokens = tokens;
        _postings = postings;
    }

    public static SearchIndex Empty { get; } = new([], [], []);

    public int EntryCount => _entries.Length;

    public static SearchIndex Build(IEnumerable<SearchHit> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var list = new List<SearchHit>();
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var index = list.Count;
            list.Add(entry);
            foreach (var token in Tokens(entry.Text))
            {
                if (!postings.TryGetValue(token, out var ids))
                {
                    postings[token] = ids = new List<int>(2);
                }

                // Entries are added in order, so each list stays sorted; a word repeated in one entry counts once.
                if (ids.Count == 0 || ids[^1] != index)
                {
                    ids.Add(index);
                }
            }
        }

        var tokens = postings.Keys.ToArray();
        Array.Sort(tokens, StringComparer.Ordinal);
        var arrays = new int[tokens.Length][];
        for (var i = 0; i < tokens.Length; i++)
        {
            arrays[i] = [.. postings[tokens[i]]];
        }

        return new SearchIndex([.. list], tokens, arrays);
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
            .Select(id => (Id: id, Hit: _entries[id], Together: NameKey.Normalize(_entries[id].Text).Contains(phrase, StringComparison.Ordinal)))
            .OrderBy(match => match.Hit.Field)
            .ThenByDescending(match => match.Together)
            .ThenBy(match => match.Id)
            .Select(match => match.Hit with { Score = ScoreOf(match.Hit.Field, match.Together) })
            .ToList();
    }

    /// <summary>The words of a text, folded: letters and digits, case and diacritics ignored, đ read as d.</summary>
    public static IEnumerable<string> Tokens(string text)
    {
        var buffer = new char[Math.Min(text.Length, 64)];
        var length = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (c >= 0x300 && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                continue;
            }

            var folded = char.IsLetterOrDigit(c) ? NameKey.Fold(c) : '\0';
            if (folded != '\0')
            {
                if (length < buffer.Length)
                {
                    buffer[length++] = folded;
                }

                continue;
            }

            if (length > 0)
            {
                yield return new string(buffer, 0, length);
                length = 0;
            }
        }
    }

    private static int ScoreOf(SearchField field, bool together) => ((4 - (int)field) * 2) + (together ? 1 : 0);

    private List<int> Postings(string word, bool prefix)
    {
        var at = Array.BinarySearch(_tokens, word, StringComparer.Ordinal);
        if (!prefix)
        {
            return at >= 0 ? [.. _postings[at]] : [];
        }

        var first = at >= 0 ? at : ~at;
        var merged = new SortedSet<int>();
        for (var i = first; i < _tokens.Length && _tokens[i].StartsWith(word, StringComparison.Ordinal); i++)
        {
            merged.UnionWith(_postings[i]);
        }

        return [.. merged];
    }

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
