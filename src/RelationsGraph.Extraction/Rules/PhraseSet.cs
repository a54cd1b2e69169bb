using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Rules;

/// <summary>
/// The phrases of one vocabulary as the rule files give them, checked as they come: a phrase must have words, and a
/// phrase given twice must mean the same (cues are combined instead).
/// </summary>
internal sealed class PhraseSet<T>(string what, Func<T, T, T>? combine = null)
{
    private readonly Dictionary<string, (string Phrase, T Value, RuleRow Row)> _phrases = new(StringComparer.Ordinal);

    public void Add(RuleRow row, T value)
    {
        var phrase = row["phrase"];
        var tokens = Tokenizer.Tokenize(phrase, 0, phrase.Length);
        if (tokens.Count == 0)
        {
            throw row.Error($"phrase: '{phrase}' has no words");
        }

        var key = string.Join(' ', tokens.Select(token => token.Word)) + (tokens[0].IsCapitalized ? "^" : string.Empty);
        if (_phrases.TryGetValue(key, out var known))
        {
            if (combine is not null)
            {
                _phrases[key] = (known.Phrase, combine(known.Value, value), known.Row);
                return;
            }

            if (!EqualityComparer<T>.Default.Equals(known.Value, value))
            {
                throw row.Error($"phrase: '{phrase}' is already a {what} with another meaning at {known.Row.File}:{known.Row.Line}");
            }

            return;
        }

        _phrases[key] = (phrase, value, row);
    }

    public Vocabulary<T> Build() => new(_phrases.Values.Select(entry => (entry.Phrase, entry.Value)));

    /// <summary>The one-word phrases, with their values.</summary>
    public IEnumerable<(string Phrase, T Value)> SingleWords() =>
        _phrases.Values.Where(entry => Tokenizer.Tokenize(entry.Phrase, 0, entry.Phrase.Length).Count == 1).Select(entry => (entry.Phrase, entry.Value));
}
