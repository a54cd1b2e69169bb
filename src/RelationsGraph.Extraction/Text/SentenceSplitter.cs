using System.Collections.Frozen;
using System.Text.RegularExpressions;
using RelationsGraph.Extraction.Documents;

namespace RelationsGraph.Extraction.Text;

/// <summary>
/// Splits the lines or paragraphs of a part of a document into sentences. In wrapped text a line that does not end a
/// sentence continues on the next one unless that line opens a list item; elsewhere every line or paragraph is at
/// least one sentence. Sentences end at . ! ? … followed by a space and a capital, a digit or a quote, except after
/// abbreviations (Mr., No., TP.: the rules' abbreviations.tsv) and initials.
/// </summary>
internal static partial class SentenceSplitter
{
    public static List<Sentence> Split(TokenizedText text, IReadOnlyList<TextSpan> spans, bool wrapped, FrozenSet<string> abbreviations)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(spans);
        var sentences = new List<Sentence>();
        foreach (var block in Blocks(text.Text, spans, wrapped))
        {
            SplitBlock(text, block, sentences, abbreviations);
        }

        return sentences;
    }

    /// <summary>The index of the first token at or after <paramref name="offset"/>.</summary>
    public static int TokenAt(TokenizedText text, int offset)
    {
        int low = 0, high = text.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (text[middle].Start < offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>True when a sentence ends between token <paramref name="k"/> and the next one, by the rule of <see cref="Split"/>.</summary>
    public static bool EndsAfter(TokenizedText text, int k, FrozenSet<string> abbreviations)
    {
        ArgumentNullException.ThrowIfNull(text);
        return k >= 0 && k + 1 < text.Count && EndsHere(text, k, text.GapBefore(k + 1), abbreviations);
    }

    private static List<TextSpan> Blocks(string text, IReadOnlyList<TextSpan> spans, bool wrapped)
    {
        var blocks = new List<TextSpan>(spans.Count);
        foreach (var span in spans)
        {
            if (wrapped && blocks.Count > 0 && !EndsSentence(text, blocks[^1]) && !StartsListItem(text, span))
            {
                blocks[^1] = new TextSpan(blocks[^1].Start, span.End);
            }
            else
            {
                blocks.Add(span);
            }
        }

        return blocks;
    }

    private static void SplitBlock(TokenizedText text, TextSpan block, List<Sentence> sentences, FrozenSet<string> abbreviations)
    {
        var first = TokenAt(text, block.Start);
        var last = TokenAt(text, block.End);
        var sentenceFirst = first;
        for (var k = first; k < last; k++)
        {
            var gapEnd = k + 1 < last ? text[k + 1].Start : block.End;
            var gap = text.Text.AsSpan(text[k].End, gapEnd - text[k].End);
            if (k + 1 < last && !EndsHere(text, k, gap, abbreviations))
            {
                continue;
            }

            var start = text[sentenceFirst].Start;
            var end = k + 1 < last ? text[k].End + TrailingPunctuation(gap) : block.End;
            sentences.Add(new Sentence(sentenceFirst, k + 1, start, end));
            sentenceFirst = k + 1;
        }
    }

    private static bool EndsHere(TokenizedText text, int k, ReadOnlySpan<char> gap, FrozenSet<string> abbreviations)
    {
        var terminal = gap.IndexOfAny(".!?…");
        if (terminal < 0)
        {
            return EndsGluedCredit(text, k, gap);
        }

        var rest = gap[(terminal + 1)..];
        if (rest.Length == 0 || !char.IsWhiteSpace(rest[^1]) && rest.IndexOfAny(" \n\t") < 0)
        {
            return false;
        }

        if (gap[terminal] == '.' && terminal == 0 && (abbreviations.Contains(text[k].NameKey) || (text[k].Length == 1 && text[k].IsCapitalized)))
        {
            return false;
        }

        var next = text[k + 1];
        return next.IsCapitalized || next.IsNumber || rest.IndexOfAny("\"“'(‘") >= 0 || rest.Contains('\n');
    }

    /// <summary>
    /// "… of Laos (Photo: VNA)Quang Binh (VNA) – Delegations …": a photo caption whose credit is glued to the body's
    /// first word ends there, though no full stop follows it.
    /// </summary>
    private static bool EndsGluedCredit(TokenizedText text, int k, ReadOnlySpan<char> gap)
    {
        if (gap is not ")" || !text[k + 1].IsCapitalized)
        {
            return false;
        }

        var inside = text.Text.AsSpan(0, text[k].End);
        var open = inside.LastIndexOfAny('(', ')');
        if (open < 0 || inside[open] != '(' || inside.Length - open > MaxCreditLength)
        {
            return false;
        }

        // "(Photo: VNA)", "(Ảnh: TTXVN)", "(Source: VNA)": one word, then a colon.
        var credit = inside[(open + 1)..];
        var colon = credit.IndexOf(':');
        return colon > 0 && colon <= MaxCreditWordLength && !credit[..colon].ContainsAny(' ', '\n');
    }

    private const int MaxCreditLength = 60;

    private const int MaxCreditWordLength = 12;

    private static int TrailingPunctuation(ReadOnlySpan<char> gap)
    {
        var length = 0;
        while (length < gap.Length && !char.IsWhiteSpace(gap[length]))
        {
            length++;
        }

        return length;
    }

    private static bool EndsSentence(string text, TextSpan span) =>
        span.Length > 0 && text[span.End - 1] is '.' or '!' or '?' or ';' or ':' or '…' or '"' or '”';

    private static bool StartsListItem(string text, TextSpan span) =>
        span.Length > 0 && ListItem().IsMatch(text.AsSpan(span.Start, Math.Min(span.Length, 12)));

    [GeneratedRegex(@"^(\d{1,2}(\.\d{1,2})*[.)]\s|[a-zđ]\)\s|[-+•*–]\s?|[IVX]{1,4}\.\s)")]
    private static partial Regex ListItem();
}
