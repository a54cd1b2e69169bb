using System.Collections.Frozen;

namespace RelationsGraph.Extraction.Text;

/// <summary>
/// A set of phrases in Vietnamese and English, each with a value, matched against a text's tokens by
/// <see cref="WordKey"/> (or diacritic-free keys for text typed without diacritics). The longest phrase wins.
/// A phrase written with an upper-case first letter must be capitalized in the text too ("Bộ" ministry, not
/// "bộ" set).
/// </summary>
public sealed class Vocabulary<T>
{
    private readonly FrozenDictionary<string, Entry[]> _byFirstWord;
    private readonly FrozenDictionary<string, Entry[]> _byFirstFoldedWord;

    public Vocabulary(IEnumerable<(string Phrase, T Value)> phrases)
    {
        var entries = phrases
            .Select(pair =>
            {
                var tokens = Tokenizer.Tokenize(pair.Phrase, 0, pair.Phrase.Length);
                if (tokens.Count == 0)
                {
                    throw new ArgumentException($"The phrase '{pair.Phrase}' has no words.", nameof(phrases));
                }

                return new Entry(
                    [.. tokens.Select(token => token.Word)],
                    [.. tokens.Select(token => token.NameKey)],
                    tokens[0].IsCapitalized,
                    pair.Value);
            })
            .ToList();
        _byFirstWord = Index(entries, entry => entry.Words[0]);
        _byFirstFoldedWord = Index(entries, entry => entry.FoldedWords[0]);
    }

    /// <summary>The longest phrase starting at token <paramref name="index"/> and ending before <paramref name="limit"/>.</summary>
    public bool TryMatch(TokenizedText text, int index, int limit, out VocabularyMatch<T> match)
    {
        var folded = !text.HasDiacritics;
        var key = folded ? text[index].NameKey : text[index].Word;
        if ((folded ? _byFirstFoldedWord : _byFirstWord).TryGetValue(key, out var candidates))
        {
            return TryMatchAmong(candidates, text, index, limit, out match);
        }

        match = default;
        return false;
    }

    /// <summary>
    /// The phrases by the key they start with (as written, for text with diacritics, and folded, for text without),
    /// each key's phrases as one object that <see cref="FindAll(TokenizedText, ReadOnlySpan{byte}, ReadOnlySpan{object[]}, int, List{VocabularyMatch{T}})"/> takes back.
    /// </summary>
    internal (IEnumerable<KeyValuePair<string, object>> Words, IEnumerable<KeyValuePair<string, object>> Folded) FirstWords() =>
        (_byFirstWord.Select(pair => KeyValuePair.Create(pair.Key, (object)pair.Value)),
         _byFirstFoldedWord.Select(pair => KeyValuePair.Create(pair.Key, (object)pair.Value)));

    /// <summary>Every non-overlapping phrase in tokens [<paramref name="from"/>, <paramref name="to"/>), left to right.</summary>
    public List<VocabularyMatch<T>> FindAll(TokenizedText text, int from, int to)
    {
        var matches = new List<VocabularyMatch<T>>();
        FindAll(text, from, to, matches);
        return matches;
    }

    /// <summary>Adds every non-overlapping phrase in tokens [<paramref name="from"/>, <paramref name="to"/>) to <paramref name="matches"/>, left to right.</summary>
    public void FindAll(TokenizedText text, int from, int to, List<VocabularyMatch<T>> matches)
    {
        ArgumentNullException.ThrowIfNull(matches);
        var i = from;
        while (i < to)
        {
            if (TryMatch(text, i, to, out var match))
            {
                matches.Add(match);
                i = match.Last;
            }
            else
            {
                i++;
            }
        }
    }

    /// <summary>
    /// Every non-overlapping phrase of the whole text, left to right, added to <paramref name="matches"/>, trying only
    /// the tokens whose mask in <paramref name="starts"/> (from <see cref="Text.FirstWords"/>) has the bit of
    /// <paramref name="slot"/>, among the phrases <paramref name="candidates"/> gives for the token in that slot (what
    /// <see cref="FirstWords()"/> gave for the token's key): the same matches as
    /// <see cref="FindAll(TokenizedText, int, int, List{VocabularyMatch{T}})"/>, as a token that starts none of the
    /// phrases matches none, with no second lookup of the token.
    /// </summary>
    internal static void FindAll(TokenizedText text, ReadOnlySpan<byte> starts, ReadOnlySpan<object?[]?> candidates, int slot, List<VocabularyMatch<T>> matches)
    {
        var bit = 1 << slot;
        var to = text.Count;
        var i = 0;
        while (i < to)
        {
            if ((starts[i] & bit) != 0 && TryMatchAmong((Entry[])candidates[i]![slot]!, text, i, to, out var match))
            {
                matches.Add(match);
                i = match.Last;
            }
            else
            {
                i++;
            }
        }
    }

    private static bool TryMatchAmong(Entry[] candidates, TokenizedText text, int index, int limit, out VocabularyMatch<T> match)
    {
        var folded = !text.HasDiacritics;
        foreach (var entry in candidates)
        {
            if (Matches(text, index, limit, entry, folded))
            {
                match = new VocabularyMatch<T>(index, index + entry.Words.Length, entry.Value);
                return true;
            }
        }

        match = default;
        return false;
    }

    private static bool Matches(TokenizedText text, int index, int limit, Entry entry, bool folded)
    {
        var words = folded ? entry.FoldedWords : entry.Words;
        if (index + words.Length > limit)
        {
            return false;
        }

        if (entry.Capitalized && !text[index].IsCapitalized)
        {
            return false;
        }

        for (var k = 1; k < words.Length; k++)
        {
            var token = index + k;
            if (!text.IsJoinedToPrevious(token) || (folded ? text[token].NameKey : text[token].Word) != words[k])
            {
                return false;
            }
        }

        return true;
    }

    private static FrozenDictionary<string, Entry[]> Index(List<Entry> entries, Func<Entry, string> first) =>
        entries
            .GroupBy(first, StringComparer.Ordinal)
            .ToFrozenDictionary(
                group => group.Key,
                group => group.OrderByDescending(entry => entry.Words.Length).ToArray(),
                StringComparer.Ordinal);

    private sealed record Entry(string[] Words, string[] FoldedWords, bool Capitalized, T Value);
}
