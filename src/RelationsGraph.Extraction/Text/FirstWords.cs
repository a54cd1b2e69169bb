using System.Collections.Frozen;
using RelationsGraph.Extraction.Relations;
using RelationsGraph.Extraction.Rules;

namespace RelationsGraph.Extraction.Text;

/// <summary>
/// The words that start a phrase of any of several vocabularies (at most eight), each with the vocabularies it starts
/// a phrase of. A text's tokens are looked up here once, and each vocabulary then tries only the tokens that start
/// one of its phrases: one dictionary lookup per token for all the vocabularies instead of one per vocabulary. The
/// same lookup gives the word's own cues (<see cref="WordCues"/>), which the analysers ask for token by token.
/// </summary>
internal sealed class FirstWords
{
    private readonly object[] _vocabularies;
    private readonly FrozenDictionary<string, Entry> _byWord;
    private readonly FrozenDictionary<string, Entry> _byFoldedWord;

    // A buffer this long (256 KB) or shorter is kept for the thread's next text, as the token list is.
    private const int MaxKept = 1 << 18;

    // One buffer per worker thread, refilled for each text; what is read from it is copied out before the next text.
    [ThreadStatic]
    private static byte[]? Buffer;

    // Each token's phrases, one slot per vocabulary, beside the masks (the rules' own arrays, not copies).
    [ThreadStatic]
    private static object?[]?[]? CandidateBuffer;

    private const int Slots = 8;

    private FirstWords(object[] vocabularies, FrozenDictionary<string, Entry> byWord, FrozenDictionary<string, Entry> byFoldedWord)
    {
        _vocabularies = vocabularies;
        _byWord = byWord;
        _byFoldedWord = byFoldedWord;
    }

    public static FirstWords Of<T1, T2, T3, T4, T5, T6, T7, T8>(
        WordCues wordCues,
        Vocabulary<T1> v1, Vocabulary<T2> v2, Vocabulary<T3> v3, Vocabulary<T4> v4,
        Vocabulary<T5> v5, Vocabulary<T6> v6, Vocabulary<T7> v7, Vocabulary<T8> v8)
    {
        ArgumentNullException.ThrowIfNull(wordCues);
        var byWord = new Dictionary<string, Entry>(StringComparer.Ordinal);
        var byFoldedWord = new Dictionary<string, Entry>(StringComparer.Ordinal);
        (IEnumerable<KeyValuePair<string, object>> Words, IEnumerable<KeyValuePair<string, object>> Folded)[] starts =
        [
            v1.FirstWords(), v2.FirstWords(), v3.FirstWords(), v4.FirstWords(),
            v5.FirstWords(), v6.FirstWords(), v7.FirstWords(), v8.FirstWords(),
        ];
        for (var i = 0; i < starts.Length; i++)
        {
            Add(byWord, starts[i].Words, i);
            Add(byFoldedWord, starts[i].Folded, i);
        }

        var (cueWords, cueFoldedWords) = wordCues.Entries();
        foreach (var (word, cue) in cueWords)
        {
            byWord[word] = byWord.GetValueOrDefault(word) with { WordCue = cue };
        }

        foreach (var (word, cue) in cueFoldedWords)
        {
            byFoldedWord[word] = byFoldedWord.GetValueOrDefault(word) with { WordCue = cue };
        }

        return new FirstWords(
            [v1, v2, v3, v4, v5, v6, v7, v8],
            byWord.ToFrozenDictionary(StringComparer.Ordinal),
            byFoldedWord.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>
    /// For each token of <paramref name="text"/>, the vocabularies a phrase of which starts with it (by the same key
    /// <see cref="Vocabulary{T}.TryMatch"/> looks up), valid until the thread's next call; and in
    /// <paramref name="wordCues"/>, at least as long as the text, each token's cues as a word of its own
    /// (<see cref="WordCues.At"/>); in <paramref name="candidates"/>, valid as long as the masks, each token's phrases
    /// by vocabulary slot (<see cref="SlotOf"/>), null for a token that starts none.
    /// </summary>
    public ReadOnlySpan<byte> Of(TokenizedText text, Span<Cue> wordCues, out ReadOnlySpan<object?[]?> candidates)
    {
        ArgumentNullException.ThrowIfNull(text);
        var count = text.Count;
        var buffer = Buffer is { } kept && kept.Length >= count ? kept : new byte[Math.Max(count, 4096)];
        var phrases = CandidateBuffer is { } keptPhrases && keptPhrases.Length >= count ? keptPhrases : new object?[]?[Math.Max(count, 4096)];
        if (buffer.Length <= MaxKept)
        {
            Buffer = buffer;
            CandidateBuffer = phrases;
        }

        var diacritics = text.HasDiacritics;
        var map = diacritics ? _byWord : _byFoldedWord;
        for (var i = 0; i < count; i++)
        {
            // A word not in the map has the default entry, which sets nothing: the same as a miss.
            Entry entry;
            if (text.WordAt(i) is not { } word)
            {
                entry = map.GetValueOrDefault(text.KeyOf(i));
            }
            else
            {
                if (word.Known is not Known known || known.Words != this)
                {
                    known = new Known(this, _byWord.GetValueOrDefault(word.Word), _byFoldedWord.GetValueOrDefault(word.NameKey));
                    word.Known = known;
                }

                entry = diacritics ? known.ByWord : known.ByFoldedWord;
            }

            buffer[i] = entry.Starts;
            phrases[i] = entry.Candidates;
            wordCues[i] = WordCues.Of(entry.WordCue, text[i]);
        }

        candidates = phrases.AsSpan(0, count);
        return buffer.AsSpan(0, count);
    }

    /// <summary>
    /// The slot of <paramref name="vocabulary"/>: its bit in the masks <see cref="Of"/> gives, and its place in each
    /// token's candidates.
    /// </summary>
    public int SlotOf(object vocabulary)
    {
        var i = Array.IndexOf(_vocabularies, vocabulary);
        return i >= 0 ? i : throw new ArgumentException("Not one of these vocabularies.", nameof(vocabulary));
    }

    private static void Add(Dictionary<string, Entry> map, IEnumerable<KeyValuePair<string, object>> firstWords, int slot)
    {
        foreach (var (word, phrases) in firstWords)
        {
            var entry = map.GetValueOrDefault(word);
            var candidates = entry.Candidates ?? new object?[Slots];
            candidates[slot] = phrases;
            map[word] = entry with { Starts = (byte)(entry.Starts | (1 << slot)), Candidates = candidates };
        }
    }

    private readonly record struct Entry(byte Starts, object?[]? Candidates, (Cue Cue, bool Capitalized) WordCue);

    /// <summary>A word's entries under both keys, as these first words have them (<see cref="WordKeys.Known"/>).</summary>
    private sealed record Known(FirstWords Words, Entry ByWord, Entry ByFoldedWord);
}
