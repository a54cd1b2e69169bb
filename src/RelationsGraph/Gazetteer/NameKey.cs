using System.Globalization;
using System.Text;

namespace RelationsGraph.Gazetteer;

/// <summary>
/// The comparison key of a place name: case-, space-, hyphen-, punctuation- and diacritic-insensitive,
/// with the Vietnamese đ folded to d, so "Xay Sổm Bun", "xay-som-bun" and "XAYSOMBUN" share one key.
/// </summary>
public static class NameKey
{
    // Latin, combining marks and Latin Extended Additional (where Vietnamese lives) are folded through a table
    // built once, so the hot path of extraction never allocates per character.
    private const int TableSize = 0x3000;
    private static readonly char[] FoldTable = BuildFoldTable();

    public static string Normalize(ReadOnlySpan<char> name)
    {
        var buffer = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        var length = 0;
        foreach (var c in name)
        {
            var folded = Fold(c);
            if (folded != '\0')
            {
                buffer[length++] = folded;
            }
        }

        return new string(buffer[..length]);
    }

    /// <summary>Folds one character to its key form, or returns '\0' for a character the key ignores.</summary>
    public static char Fold(char c) => c < TableSize ? FoldTable[c] : FoldSlow(c);

    private static char[] BuildFoldTable()
    {
        var table = new char[TableSize];
        for (var i = 0; i < TableSize; i++)
        {
            table[i] = FoldSlow((char)i);
        }

        return table;
    }

    private static char FoldSlow(char c)
    {
        if (c < 0x80)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                return c;
            }

            return c is >= 'A' and <= 'Z' ? (char)(c + 32) : '\0';
        }

        if (c is 'đ' or 'Đ' or 'ð' or 'Ð')
        {
            return 'd';
        }

        if (char.IsSurrogate(c))
        {
            return c;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
        {
            return '\0';
        }

        if (!char.IsLetterOrDigit(c))
        {
            return '\0';
        }

        var baseChar = c.ToString().Normalize(NormalizationForm.FormD)[0];
        if (baseChar < 0x80)
        {
            return FoldSlow(baseChar);
        }

        return char.ToLowerInvariant(baseChar);
    }
}
