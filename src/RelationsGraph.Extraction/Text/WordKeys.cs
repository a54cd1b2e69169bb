namespace RelationsGraph.Extraction.Text;

/// <summary>
/// The two keys of a word as the tokenizer's per-thread cache holds them (<see cref="TextToken.NameKey"/>,
/// <see cref="TextToken.Word"/>), and what a table of the rules found for them the first time it was asked: a word
/// repeated through a batch is then looked up once per thread, not once per token.
/// </summary>
internal sealed class WordKeys(string nameKey, string word)
{
    public string NameKey { get; } = nameKey;

    public string Word { get; } = word;

    /// <summary>
    /// What the table that asked last keeps for this word, with that table (<see cref="FirstWords"/>): replaced whole,
    /// never changed in place, so a thread reading it sees one table's answer or another's, never a mix.
    /// </summary>
    public object? Known { get; set; }

    /// <summary>The same for the place names (<see cref="Places.PlaceNames.StartOf"/>).</summary>
    public object? KnownPlace { get; set; }
}
