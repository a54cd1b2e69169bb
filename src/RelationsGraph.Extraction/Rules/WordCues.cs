using System.Collections.Frozen;
using RelationsGraph.Extraction.Relations;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Rules;

/// <summary>
/// The cues of single words, looked up token by token: unlike the phrase matches, which take the longest phrase at
/// each place, a word keeps its own cues inside a longer phrase ("trước" is a deadline word, "trước đó" past context).
/// </summary>
internal sealed class WordCues
{
    private readonly FrozenDictionary<string, (Cue Cue, bool Capitalized)> _byWord;
    private readonly FrozenDictionary<string, (Cue Cue, bool Capitalized)> _byFoldedWord;

    public WordCues(IEnumerable<(string Phrase, Cue Value)> words)
    {
        var byWord = new Dictionary<string, (Cue, bool)>(StringComparer.Ordinal);
        var byFolded = new Dictionary<string, (Cue, bool)>(StringComparer.Ordinal);
        foreach (var (phrase, cue) in words)
        {
            var token = Tokenizer.Tokenize(phrase, 0, phrase.Length)[0];
            Add(byWord, token.Word, cue, token.IsCapitalized);
            Add(byFolded, token.NameKey, cue, token.IsCapitalized);
        }

        _byWord = byWord.ToFrozenDictionary(StringComparer.Ordinal);
        _byFoldedWord = byFolded.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The cue of token <paramref name="index"/> as a word of its own.</summary>
    public Cue At(TokenizedText text, int index)
    {
        if (index < 0 || index >= text.Count)
        {
            return Cue.None;
        }

        var found = (text.HasDiacritics ? _byWord : _byFoldedWord).TryGetValue(text.KeyOf(index), out var entry);
        return found ? Of(entry, text[index]) : Cue.None;
    }

    /// <summary>The words with cues: as written (text with diacritics) and folded (text without).</summary>
    public (IEnumerable<KeyValuePair<string, (Cue Cue, bool Capitalized)>> Words, IEnumerable<KeyValuePair<string, (Cue Cue, bool Capitalized)>> Folded) Entries() => (_byWord, _byFoldedWord);

    /// <summary>The cue a word's <paramref name="entry"/> gives <paramref name="token"/>: a word listed capitalized counts only capitalized.</summary>
    public static Cue Of((Cue Cue, bool Capitalized) entry, TextToken token) =>
        !entry.Capitalized || token.IsCapitalized ? entry.Cue : Cue.None;

    private static void Add(Dictionary<string, (Cue, bool)> map, string key, Cue cue, bool capitalized)
    {
        // A word listed both capitalized and not keeps the looser condition.
        map[key] = map.TryGetValue(key, out var known) ? (known.Item1 | cue, known.Item2 && capitalized) : (cue, capitalized);
    }
}
