using System.Globalization;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Relations;

/// <summary>
/// The ordinal of a session: "lần thứ 13", "lần thứ XIII", "kỳ họp thứ 8", "lần thứ hai", "13th", "the first meeting".
/// The words come from the rules (ordinals.tsv, and the ordinal cues of cues.tsv).
/// </summary>
internal static class Ordinals
{
    public static int? Find(TextIndex index, int first, int last) => FindAt(index, first, last)?.Value;

    /// <summary>The first ordinal in tokens [<paramref name="first"/>, <paramref name="last"/>) and the token it starts at.</summary>
    public static (int Value, int Position)? FindAt(TextIndex index, int first, int last)
    {
        var text = index.Text;
        for (var k = first; k < last; k++)
        {
            var token = text[k];
            if (index.IsCue(k, Cue.OrdinalMarker) && k + 1 < last && (k == first || index.IsCue(k - 1, Cue.OrdinalIntro)))
            {
                if (ValueAt(index, k + 1, last) is { } value)
                {
                    return (value, k);
                }
            }

            if (token.IsNumber && k + 1 < last && index.Rules.Dates.OrdinalSuffixes.Contains(text[k + 1].NameKey) && text.GapBefore(k + 1).IsEmpty
                && !IsDayOfMonth(index, k))
            {
                return (int.Parse(token.NameKey, NumberStyles.None, CultureInfo.InvariantCulture), k);
            }

            // "the first meeting", "the first virtual meeting".
            if (!token.IsNumber && index.Rules.Ordinals.TryMatch(text, k, k + 1, out var word)
                && Enumerable.Range(k + 1, Math.Min(2, last - k - 1)).Any(next => index.IsCue(next, Cue.SessionNoun)))
            {
                return (word.Value, k);
            }
        }

        return null;
    }

    /// <summary>"June 12th", "12th of June": the day of a date, not a session's ordinal.</summary>
    private static bool IsDayOfMonth(TextIndex index, int number)
    {
        var text = index.Text;
        var dates = index.Rules.Dates;
        if (number > 0 && text.IsJoinedToPrevious(number) && dates.MonthOf(text[number - 1]) is not null)
        {
            return true;
        }

        var after = number + 2;
        return after + 1 < text.Count && dates.Of.Contains(text[after].NameKey) && dates.MonthOf(text[after + 1]) is not null;
    }

    private static int? ValueAt(TextIndex index, int k, int last)
    {
        var token = index.Text[k];
        if (token.IsNumber && token.Length <= 3)
        {
            return int.Parse(token.NameKey, NumberStyles.None, CultureInfo.InvariantCulture);
        }

        if (token.Shape == TokenShape.Upper && Roman(index.Text.Slice(token.Start, token.End)) is { } roman)
        {
            return roman;
        }

        return index.Rules.Ordinals.TryMatch(index.Text, k, last, out var word) ? word.Value : null;
    }

    private static int? Roman(string numeral)
    {
        var total = 0;
        var previous = 0;
        for (var i = numeral.Length - 1; i >= 0; i--)
        {
            var value = numeral[i] switch { 'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, _ => 0 };
            if (value == 0)
            {
                return null;
            }

            total += value < previous ? -value : value;
            previous = Math.Max(previous, value);
        }

        return total is > 0 and < 100 ? total : null;
    }
}
