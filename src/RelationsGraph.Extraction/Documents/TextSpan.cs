namespace RelationsGraph.Extraction.Documents;

/// <summary>A span [<see cref="Start"/>, <see cref="End"/>) of a document's text, in UTF-16 code units.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool Contains(int offset) => offset >= Start && offset < End;
}
