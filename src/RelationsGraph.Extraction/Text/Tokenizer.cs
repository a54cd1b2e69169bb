using System.Globalization;
using RelationsGraph.Gazetteer;

namespace RelationsGraph.Extraction.Text;

/// <summary>Splits text into word and number tokens: runs of letters (with their combining marks) or of digits.</summary>
public static class Tokenizer
{
    public static List<TextToken> Tokenize(string text, int start, int end)
    {
        var tokens = new List<TextToken>();
        Tokenize(text, start, end, tokens);
        return tokens;
    }

    /// <summary>Adds the tokens of the text to <paramref name="tokens"/> (a list reused from text to text).</summary>
    public static void Tokenize(string text, int start, int end, List<TextToken> tokens) => Tokenize(text, start, end, tokens, null);

    /// <summary>
    /// Adds the tokens of the text to <paramref name="tokens"/> and, when given, each token's entry of the thread's
    /// word cache to <paramref name="words"/> (null for a number): what else is known about the word is kept there.
    /// </summary>
    internal static void Tokenize(string text, int start, int end, List<TextToken> tokens, List<WordKeys?>? words)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        // A token and the space after it take four characters or more in Vietnamese (syllables) and English: sized so
        // that an article's list is allocated once rather than grown and copied.
        tokens.EnsureCapacity(tokens.Count + ((end - start) / 4) + 16);
        words?.EnsureCapacity(tokens.Capacity);
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsDigit(c))
            {
                var tokenStart = i;
                while (i < end && char.IsDigit(text[i]))
                {
                    i++;
                }

                var digits = text[tokenStart..i];
                tokens.Add(new TextToken(tokenStart, i, digits, digits, TokenShape.Number));
                words?.Add(null);
                continue;
            }

            if (IsWordChar(c))
            {
                var tokenStart = i;
                var hasDigit = false;
                while (i < end && (IsWordChar(text[i]) || char.IsDigit(text[i])) && !StartsJoinedWord(text, tokenStart, i, end))
                {
                    hasDigit |= char.IsDigit(text[i]);
                    i++;
                }

                var span = text.AsSpan(tokenStart, i - tokenStart);
                var keys = Keys(span);
                tokens.Add(new TextToken(tokenStart, i, keys.NameKey, keys.Word, ShapeOf(span, hasDigit)));
                words?.Add(keys);
                continue;
            }

            i++;
        }

    }

    /// <summary>
    /// The two keys of a word, from a per-thread cache: news text repeats a few thousand words, so most tokens cost a
    /// lookup instead of two new strings.
    /// </summary>
    private static WordKeys Keys(ReadOnlySpan<char> word)
    {
        if (KeyCache is not { } cache)
        {
            KeyCache = cache = new Dictionary<string, WordKeys>(StringComparer.Ordinal);
            KeyLookup = cache.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        if (KeyLookup.TryGetValue(word, out var keys))
        {
            return keys;
        }

        keys = new WordKeys(NameKey.Normalize(word), WordKey.For(word));
        if (cache.Count >= 100_000)
        {
            cache.Clear();
        }

        cache[word.ToString()] = keys;
        return keys;
    }

    [ThreadStatic]
    private static Dictionary<string, WordKeys>? KeyCache;

    // The cache's span lookup, got once: getting it checks the dictionary's comparer, a type test per token.
    [ThreadStatic]
    private static Dictionary<string, WordKeys>.AlternateLookup<ReadOnlySpan<char>> KeyLookup;

    /// <summary>
    /// A capitalized word glued to the end of another ("Mặt trậnQuảng Ngãi", where a page copy joined a link's text
    /// and its image description): the capital starts a new token when at least two lower-case letters precede it
    /// and follow it ("MoU" and "MoUs" stay whole).
    /// </summary>
    private static bool StartsJoinedWord(string text, int tokenStart, int i, int end)
    {
        if (i - tokenStart < 2 || !char.IsUpper(text[i]) || !char.IsLower(text[i - 1]) || !char.IsLower(text[i - 2]))
        {
            return false;
        }

        return i + 2 < end && char.IsLower(text[i + 1]) && char.IsLower(text[i + 2]);
    }

    public static bool IsWordChar(char c) =>
        char.IsAscii(c)
            ? char.IsAsciiLetter(c)
            : char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static TokenShape ShapeOf(ReadOnlySpan<char> span, bool hasDigit)
    {
        if (hasDigit)
        {
            return TokenShape.Mixed;
        }

        if (!char.IsUpper(span[0]))
        {
            return TokenShape.Lower;
        }

        var letters = 0;
        var upper = 0;
        foreach (var c in span)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c))
                {
                    upper++;
                }
            }
        }

        return letters >= 2 && upper == letters ? TokenShape.Upper : TokenShape.Capitalized;
    }
}
