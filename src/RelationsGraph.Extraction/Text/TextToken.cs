namespace RelationsGraph.Extraction.Text;

/// <summary>
/// A word or number of a document's text: its span (UTF-16 offsets into the text), its place-name key
/// (<see cref="Gazetteer.NameKey"/>) and its vocabulary key (<see cref="WordKey"/>).
/// </summary>
public readonly record struct TextToken(int Start, int End, string NameKey, string Word, TokenShape Shape)
{
    public int Length => End - Start;

    public bool IsNumber => Shape == TokenShape.Number;

    /// <summary>Starts with an upper-case letter (capitalized or all upper case).</summary>
    public bool IsCapitalized => Shape is TokenShape.Capitalized or TokenShape.Upper;
}
