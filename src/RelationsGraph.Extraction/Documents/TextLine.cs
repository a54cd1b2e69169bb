namespace RelationsGraph.Extraction.Documents;

/// <summary>One line of a text: its span without the line break, and the same span with surrounding spaces trimmed.</summary>
internal readonly record struct TextLine(int Start, int End, int TrimmedStart, int TrimmedEnd)
{
    public bool IsBlank => TrimmedEnd <= TrimmedStart;

    public int Length => TrimmedEnd - TrimmedStart;

    public TextSpan Span => new(TrimmedStart, TrimmedEnd);

    public static List<TextLine> Split(string text)
    {
        var lines = new List<TextLine>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                var end = i > start && text[i - 1] == '\r' ? i - 1 : i;
                var trimmedStart = start;
                while (trimmedStart < end && char.IsWhiteSpace(text[trimmedStart]))
                {
                    trimmedStart++;
                }

                var trimmedEnd = end;
                while (trimmedEnd > trimmedStart && char.IsWhiteSpace(text[trimmedEnd - 1]))
                {
                    trimmedEnd--;
                }

                lines.Add(new TextLine(start, end, trimmedStart, trimmedEnd));
                start = i + 1;
            }
        }

        return lines;
    }
}
