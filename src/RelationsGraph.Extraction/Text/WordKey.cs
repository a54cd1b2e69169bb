using System.Globalization;
using System.Text;

namespace RelationsGraph.Extraction.Text;

/// <summary>
/// The key under which a word is compared with the extraction vocabularies: lower case, Vietnamese vowel qualities
/// kept (ă, â, ê, ô, ơ, ư, đ), the tone written as one trailing digit (2 huyền, 3 hỏi, 4 ngã, 5 sắc, 6 nặng). Old and
/// new tone placement share a key ("thoả" and "thỏa" are both <c>thoa3</c>) while words that differ only by a vowel
/// quality or a tone stay apart ("thăm" visit is not "tham" attend; "ký" sign is not "kỳ" session).
/// </summary>
public static class WordKey
{
    private const int TableSize = 0x2000;
    private static readonly (char Folded, byte Tone)[] Table = BuildTable();

    public static string For(ReadOnlySpan<char> word)
    {
        return NeedsComposition(word) ? Fold(word.ToString().Normalize(NormalizationForm.FormC)) : Fold(word);
    }

    private static string Fold(ReadOnlySpan<char> word)
    {
        var buffer = word.Length <= 128 ? stackalloc char[word.Length + 4] : new char[word.Length + 4];
        var length = 0;
        Span<byte> tones = stackalloc byte[4];
        var toneCount = 0;
        foreach (var c in word)
        {
            var (folded, tone) = c < TableSize ? Table[c] : (char.ToLowerInvariant(c), (byte)0);
            if (folded != '\0')
            {
                buffer[length++] = folded;
            }

            if (tone != 0 && toneCount < tones.Length)
            {
                tones[toneCount++] = tone;
            }
        }

        for (var i = 0; i < toneCount; i++)
        {
            buffer[length++] = (char)('0' + tones[i]);
        }

        return new string(buffer[..length]);
    }

    private static bool NeedsComposition(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (c is >= '\u0300' and <= '\u036F')
            {
                return true;
            }
        }

        return false;
    }

    private static (char, byte)[] BuildTable()
    {
        var table = new (char, byte)[TableSize];
        for (var i = 0; i < TableSize; i++)
        {
            table[i] = FoldChar((char)i);
        }

        return table;
    }

    private static (char, byte) FoldChar(char c)
    {
        if (c < 0x80)
        {
            return (char.ToLowerInvariant(c), 0);
        }

        if (c is 'Đ' or 'đ')
        {
            return ('đ', 0);
        }

        var tone = ToneOf(c);
        if (tone == 0 && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark)
        {
            return ('\0', 0);
        }

        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        var kept = new StringBuilder(decomposed.Length);
        var toneOfDecomposed = tone;
        foreach (var part in decomposed)
        {
            var partTone = ToneOf(part);
            if (partTone != 0)
            {
                toneOfDecomposed = partTone;
                continue;
            }

            kept.Append(part);
        }

        var recomposed = kept.ToString().Normalize(NormalizationForm.FormC);
        var folded = recomposed.Length == 1 ? char.ToLowerInvariant(recomposed[0]) : char.ToLowerInvariant(c);
        return (folded, toneOfDecomposed);
    }

    private static byte ToneOf(char c) => c switch
    {
        '\u0300' => 2,
        '\u0309' => 3,
        '\u0303' => 4,
        '\u0301' => 5,
        '\u0323' => 6,
        _ => 0,
    };
}
