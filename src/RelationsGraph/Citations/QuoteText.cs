using System.Text;

namespace RelationsGraph.Citations;

/// <summary>
/// A quote as a reader cites it: the span of the document's text with the line breaks of PDF extraction and of
/// wrapped text joined, words hyphenated across a line break put back together (not in Vietnamese, where a hyphen at
/// a line end belongs to a name such as A-nu-vông), soft hyphens dropped and runs of spaces made one.
/// </summary>
public static class QuoteText
{
    public static string Clean(string quote, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(quote);
        if (IsClean(quote))
        {
            // Most quotes are one clean line already: the quote itself, not a copy of it, for every evidence row.
            return quote;
        }

        var joinHyphenated = language is null || !language.StartsWith("vi", StringComparison.OrdinalIgnoreCase);
        var text = new StringBuilder(quote.Length);
        var pendingSpace = false;
        for (var i = 0; i < quote.Length; i++)
        {
            var c = quote[i];
            if (c == '\u00AD')
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = text.Length > 0;
                continue;
            }

            // A hyphen that ends a line: join the word when the next line goes on with a lower-case letter.
            if (c is '-' or '\u2010' && !pendingSpace && text.Length > 0 && char.IsLetterOrDigit(text[^1]) && BreaksLine(quote, i + 1, out var next))
            {
                if (next < quote.Length && char.IsLower(quote[next]) && joinHyphenated && char.IsLetter(text[^1]))
                {
                    i = next - 1;
                    pendingSpace = false;
                    continue;
                }

                text.Append(c);
                i = next - 1;
                pendingSpace = false;
                continue;
            }

            if (pendingSpace)
            {
                text.Append(' ');
                pendingSpace = false;
            }

            text.Append(c);
        }

        return text.ToString();
    }

    /// <summary>
    /// True when cleaning would give the text back unchanged: no soft hyphen, and no whitespace but single spaces
    /// between other characters (a line-breaking hyphen needs a line break, so there is none to join either).
    /// </summary>
    private static bool IsClean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\u00AD')
            {
                return false;
            }

            if (char.IsWhiteSpace(c) && (c != ' ' || i == 0 || i == text.Length - 1 || char.IsWhiteSpace(text[i + 1])))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether only spaces and at least one line break follow <paramref name="start"/>; where the text resumes.</summary>
    private static bool BreaksLine(string text, int start, out int next)
    {
        var sawBreak = false;
        next = start;
        while (next < text.Length && char.IsWhiteSpace(text[next]))
        {
            sawBreak |= text[next] is '\n' or '\r';
            next++;
        }

        return sawBreak;
    }
}
