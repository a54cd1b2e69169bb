namespace RelationsGraph.Extraction.Text;

/// <summary>A document's text with its tokens, and what the extraction needs to know about how it is written.</summary>
public sealed class TokenizedText
{
    // Indexed directly (not through IReadOnlyList): the analysers read tokens millions of times per batch, and an
    // interface call is not inlined.
    private readonly List<TextToken> _tokens;

    // Each token's entry of the tokenizer's word cache (null for a number), beside the tokens.
    private readonly List<WordKeys?> _words;

    public TokenizedText(string text)
        : this(text, [], [])
    {
    }

    /// <summary>
    /// The text's tokens in <paramref name="tokens"/> and their cache entries in <paramref name="words"/>, lists emptied
    /// first: a worker reuses them from document to document.
    /// </summary>
    internal TokenizedText(string text, List<TextToken> tokens, List<WordKeys?> words)
    {
        ArgumentNullException.ThrowIfNull(text);
        tokens.Clear();
        words.Clear();
        Tokenizer.Tokenize(text, 0, text.Length, tokens, words);
        Text = text;
        _tokens = tokens;
        _words = words;
        HasDiacritics = CountDiacritics(text) > 0;
    }

    public string Text { get; }

    public IReadOnlyList<TextToken> Tokens => _tokens;

    /// <summary>
    /// False for Vietnamese typed without diacritics (and for English): the vocabularies are then matched on
    /// diacritic-free keys.
    /// </summary>
    public bool HasDiacritics { get; }

    public int Count => _tokens.Count;

    public TextToken this[int index] => _tokens[index];

    /// <summary>The characters between token <paramref name="index"/> - 1 and token <paramref name="index"/>.</summary>
    public ReadOnlySpan<char> GapBefore(int index)
    {
        var start = index == 0 ? 0 : _tokens[index - 1].End;
        var end = index < _tokens.Count ? _tokens[index].Start : Text.Length;
        return Text.AsSpan(start, end - start);
    }

    /// <summary>
    /// True when token <paramref name="index"/> continues the phrase of the token before it: only spaces (on one
    /// line or across a line wrap), hyphens or an apostrophe lie between them.
    /// </summary>
    public bool IsJoinedToPrevious(int index)
    {
        if (index <= 0 || index >= _tokens.Count)
        {
            return false;
        }

        foreach (var c in GapBefore(index))
        {
            if (!char.IsWhiteSpace(c) && c is not ('-' or '\u2010' or '\u2011' or '\'' or '\u2019'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The vocabulary key of a token: <see cref="TextToken.Word"/>, or its diacritic-free key for text without diacritics.</summary>
    public string KeyOf(int index) => HasDiacritics ? _tokens[index].Word : _tokens[index].NameKey;

    public string Slice(int start, int end) => Text[start..end];

    /// <summary>The cache entry of token <paramref name="index"/>'s word, null for a number.</summary>
    internal WordKeys? WordAt(int index) => _words[index];

    private static int CountDiacritics(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (c is (>= '\u00C0' and <= '\u024F') or (>= '\u1EA0' and <= '\u1EF9') or (>= '\u0300' and <= '\u0323'))
            {
                count++;
                if (count >= 3)
                {
                    break;
                }
            }
        }

        return count;
    }
}
