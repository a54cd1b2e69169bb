using System.Collections.Frozen;
using System.Globalization;
using RelationsGraph.Extraction.Text;

namespace RelationsGraph.Extraction.Relations;

/// <summary>The ordinal of a session: "lần thứ 13", "lần thứ XIII", "kỳ họp thứ 8", "13th", "the first".</summary>
internal static class Ordinals
{
    private static readonly FrozenDictionary<string, int> Words = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7,
        ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12, ["thirteenth"] = 13,
        ["fourteenth"] = 14, ["fifteenth"] = 15,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, int> VietnameseWords = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["nhât5"] = 1, ["hai"] = 2, ["ba"] = 3, ["tư"] = 4, ["năm"] = 5, ["sau5"] = 6, ["bay3"] = 7, ["tam5"] = 8, ["chin5"] = 9, ["mươi2"] = 10,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static int? Find(TokenizedText text, int first, int last)
    {
        for (var k = first; k < last; k++)
        {
            var token = text[k];
            if (token.NameKey == "thu" && k + 1 < last && (k == first || text[k - 1].NameKey is "lan" or "hop" or "nghi" or "khoa" or "phien"))
            {
                if (ValueAt(text, k + 1) is { } value)
                {
                    return value;
                }
            }

            if (token.IsNumber && k + 1 < last && text[k + 1].NameKey is "th" or "st" or "nd" or "rd" && text.GapBefore(k + 1).IsEmpty)
            {
                return int.Parse(token.NameKey, NumberStyles.None, CultureInfo.InvariantCulture);
            }

            if (Words.TryGetValue(token.NameKey, out var word) && k + 1 < last && text[k + 1].NameKey is "conference" or "meeting" or "session" or "annual")
            {
                return word;
            }
        }

        return null;
    }

    private static int? ValueAt(TokenizedText text, int k)
    {
        var token = text[k];
        if (token.IsNumber && token.Length <= 3)
        {
            return int.Parse(token.NameKey, NumberStyles.None, CultureInfo.InvariantCulture);
        }

        if (token.Shape == TokenShape.Upper && Roman(text.Slice(token.Start, token.End)) is { } roman)
        {
            return roman;
        }

        return VietnameseWords.TryGetValue(token.Word, out var value) ? value : null;
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
