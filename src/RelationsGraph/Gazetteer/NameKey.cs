using System.Globalization;
using System.Text;

namespace RelationsGraph.Gazetteer;

/// <summary>
/// The comparison key of a place name: case-, space-, hyphen-, punctuation- and diacritic-insensitive, with the
/// Vietnamese đ folded to d and Unicode compatibility forms taken as their plain letters (NFKC: fullwidth
/// "Ｘａｙｓｏｍｂｏｕｎ", ligatures), so "Xay Sổm Bun", "xay-som-bun" and "XAYSOMBUN" share one key.
/// </summary>
public static class NameKey
{
    // Latin, combining marks and Latin Extended Additional (where Vietnamese lives) are folded through a table
    // built once, so the hot path of extraction never allocates per character.
    private const int TableSize = 0x3000;
    private static readonly char[] FoldTable = BuildFoldTable();
    private static readonly bool[] ExpandsTable = BuildExpandsTable();

    public static string Normalize(ReadOnlySpan<char> name)
    {
        // A character whose compatibility form is several letters (ﬁ, ㎞, Ĳ) is expanded before folding; others
        // (fullwidth and the like) fold one to one below.
        foreach (var c in name)
        {
            if (c >= 0x80 && (c < TableSize ? ExpandsTable[c] : ExpandsUnderCompatibility(c)))
            {
                return Fold(name.ToString().Normalize(NormalizationForm.FormKC));
            }
        }

        return Fold(name);
    }

    /// <summary>
    /// The first characters of <paramref name="name"/>'s key, written into <paramref name="destination"/> without
    /// allocating: as many as it holds (the whole key when it is shorter). False, with nothing written, when the name
    /// has a character that expands under compatibility normalization: use <see cref="Normalize"/> then.
    /// </summary>
    public static bool TryNormalizePrefix(ReadOnlySpan<char> name, Span<char> destination, out int written)
    {
        written = 0;
        foreach (var c in name)
        {
            if (c >= 0x80 && (c < TableSize ? ExpandsTable[c] : ExpandsUnderCompatibility(c)))
            {
                return false;
            }
        }

        foreach (var c in name)
        {
            if (written == destination.Length)
            {
                break;
            }

            var folded = Fold(c);
            if (folded != '\0')
            {
                destination[written++] = folded;
            }
        }

        return true;
    }

    /// <summary>
    /// A code such as an ISO 3166-2 id in canonical form: compatibility forms taken as plain characters (NFKC) and
    /// every dash or minus sign as '-', trimmed, so "LA‐XS", "LA–XS" and "ＬＡ－ＸＳ" read as "LA-XS".
    /// </summary>
    public static string NormalizeCode(string code)
    {
        var normalized = code.Normalize(NormalizationForm.FormKC).Trim();
        return string.Create(normalized.Length, normalized, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c == '\u2212' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.DashPunctuation ? '-' : c;
            }
        });
    }

    private static string Fold(ReadOnlySpan<char> name)
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

    private static bool ExpandsUnderCompatibility(char c)
    {
        if (char.IsSurrogate(c))
        {
            return false;
        }

        var decomposed = c.ToString().Normalize(NormalizationForm.FormKD);
        var letters = 0;
        foreach (var part in decomposed)
        {
            if (char.IsLetterOrDigit(part))
            {
                letters++;
            }
        }

        return letters > 1;
    }

    private static bool[] BuildExpandsTable()
    {
        var table = new bool[TableSize];
        for (var i = 0x80; i < TableSize; i++)
        {
            table[i] = ExpandsUnderCompatibility((char)i);
        }

        return table;
    }

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

        var decomposed = c.ToString().Normalize(NormalizationForm.FormKD);
        var baseChar = decomposed.Length > 0 ? decomposed[0] : c;
        if (baseChar < 0x80)
        {
            return FoldSlow(baseChar);
        }

        return char.ToLowerInvariant(baseChar);
    }
}
