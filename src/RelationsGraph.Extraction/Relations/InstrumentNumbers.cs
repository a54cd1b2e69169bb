using System.Text.RegularExpressions;

namespace RelationsGraph.Extraction.Relations;

/// <summary>Official numbers of Vietnamese documents: 481/KH-UBND, 12/2023/TTHT, 35/BBGN-UBND.</summary>
internal static partial class InstrumentNumbers
{
    public static List<(int Start, string Number)> Find(string text, int start, int end)
    {
        var numbers = new List<(int, string)>();

        // Every number the pattern takes has a slash: a sentence without one is passed with a vectorized search
        // instead of the pattern's scan from digit to digit.
        if (!text.AsSpan(start, end - start).Contains('/'))
        {
            return numbers;
        }

        foreach (var match in Pattern().EnumerateMatches(text.AsSpan(start, end - start)))
        {
            numbers.Add((start + match.Index, text.Substring(start + match.Index, match.Length)));
        }

        return numbers;
    }

    [GeneratedRegex(@"(?<![\p{L}\d/-])\d{1,5}(/\d{4})?/[A-ZĐ]{1,8}(-[A-ZĐ0-9]{1,10}){0,3}(?![\p{L}\d])")]
    private static partial Regex Pattern();
}
