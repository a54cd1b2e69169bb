using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace RelationsGraph.Extraction.Documents;

/// <summary>
/// Names the legacy 8-bit encoding a non-UTF-8 text was most likely written in. Vietnamese text from before Unicode
/// was common is usually TCVN3 (ABC, the ".Vn" fonts), VNI (the "VNI-" fonts) or Windows-1258; each candidate is
/// decoded and scored by the share of its accented words that are well-formed Vietnamese syllables. The loader does
/// not convert such files: it reports the encoding so that the file can be converted and read again.
/// </summary>
public static partial class LegacyVietnameseEncoding
{
    // TCVN3 (TCVN 5712:1993 VN3) upper half: precomposed lower-case letters and the seven upper-case base letters.
    private const string Tcvn3Letters =
        "ăâêôơưđ" + "àảãáạằẳẵắ" + "ặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ";

    private static readonly Dictionary<byte, char> Tcvn3 = BuildTcvn3();
    private static readonly Dictionary<byte, string> Vni = BuildVni();
    private static readonly SearchValues<char> VietnameseLetters = SearchValues.Create(
        "ăâêôơưđàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ");

    static LegacyVietnameseEncoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>"TCVN3 (ABC)", "VNI" or "Windows-1258" when the bytes read as Vietnamese in one of them; otherwise null.</summary>
    public static string? Detect(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 64 * 1024)];
        var candidates = new (string Name, string Text)[]
        {
            ("TCVN3 (ABC)", DecodeTcvn3(sample)),
            ("VNI", DecodeVni(sample)),
            ("Windows-1258", Encoding.GetEncoding(1258).GetString(sample).Normalize(NormalizationForm.FormC)),
        };

        string? best = null;
        var bestScore = 0.0;
        foreach (var (name, text) in candidates)
        {
            var score = Score(text);
            if (score > bestScore)
            {
                (best, bestScore) = (name, score);
            }
        }

        return bestScore >= 0.6 ? best : null;
    }

    private static string DecodeTcvn3(ReadOnlySpan<byte> bytes)
    {
        var builder = new StringBuilder(bytes.Length);
        foreach (var b in bytes)
        {
            builder.Append(b < 0x80 ? (char)b : Tcvn3.GetValueOrDefault(b, '\uFFFD'));
        }

        return builder.ToString();
    }

    private static string DecodeVni(ReadOnlySpan<byte> bytes)
    {
        var builder = new StringBuilder(bytes.Length);
        foreach (var b in bytes)
        {
            if (b < 0x80)
            {
                builder.Append((char)b);
            }
            else if (Vni.TryGetValue(b, out var mapped))
            {
                builder.Append(mapped);
            }
            else
            {
                builder.Append('\uFFFD');
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    private static double Score(string text)
    {
        var accented = 0;
        var valid = 0;
        foreach (var match in Words().EnumerateMatches(text))
        {
            var word = text.AsSpan(match.Index, match.Length).ToString().ToLowerInvariant();
            if (word.AsSpan().IndexOfAnyExcept(AsciiLetters) < 0)
            {
                continue;
            }

            accented++;
            if (IsSyllable(word))
            {
                valid++;
            }
        }

        return accented < 3 ? 0 : (double)valid / accented;
    }

    private static readonly SearchValues<char> AsciiLetters = SearchValues.Create("abcdefghijklmnopqrstuvwxyz");

    private static bool IsSyllable(string word)
    {
        if (word.AsSpan().IndexOfAny(VietnameseLetters) < 0 && word.AsSpan().IndexOfAnyExcept(AsciiLetters) >= 0)
        {
            return false;
        }

        var tones = 0;
        var plain = new StringBuilder(word.Length);
        foreach (var c in word.Normalize(NormalizationForm.FormD))
        {
            if (c is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323')
            {
                tones++;
            }
            else
            {
                plain.Append(c);
            }
        }

        return tones <= 1 && Syllable().IsMatch(plain.ToString().Normalize(NormalizationForm.FormC));
    }

    private static Dictionary<byte, char> BuildTcvn3()
    {
        var map = new Dictionary<byte, char>();
        byte[] baseBytes = [0xA8, 0xA9, 0xAA, 0xAB, 0xAC, 0xAD, 0xAE];
        for (var i = 0; i < baseBytes.Length; i++)
        {
            map[baseBytes[i]] = Tcvn3Letters[i];
        }

        map[0xA1] = 'Ă';
        map[0xA2] = 'Â';
        map[0xA3] = 'Ê';
        map[0xA4] = 'Ô';
        map[0xA5] = 'Ơ';
        map[0xA6] = 'Ư';
        map[0xA7] = 'Đ';
        byte[] toned =
        [
            0xB5, 0xB6, 0xB7, 0xB8, 0xB9, 0xBB, 0xBC, 0xBD, 0xBE, 0xC6, 0xC7, 0xC8, 0xC9, 0xCA, 0xCB, 0xCC, 0xCE, 0xCF, 0xD0, 0xD1,
            0xD2, 0xD3, 0xD4, 0xD5, 0xD6, 0xD7, 0xD8, 0xDC, 0xDD, 0xDE, 0xDF, 0xE1, 0xE2, 0xE3, 0xE4, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9,
            0xEA, 0xEB, 0xEC, 0xED, 0xEE, 0xEF, 0xF1, 0xF2, 0xF3, 0xF4, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9, 0xFA, 0xFB, 0xFC, 0xFD, 0xFE,
        ];
        for (var i = 0; i < toned.Length; i++)
        {
            map[toned[i]] = Tcvn3Letters[7 + i];
        }

        return map;
    }

    private static Dictionary<byte, string> BuildVni()
    {
        // VNI keeps the base vowel and adds a byte for the vowel quality and tone; ơ, ư, đ and the accented i are single bytes.
        var map = new Dictionary<byte, string>
        {
            [0xF9] = "\u0301", [0xF8] = "\u0300", [0xFB] = "\u0309", [0xF5] = "\u0303", [0xEF] = "\u0323",
            [0xE2] = "\u0302", [0xE1] = "\u0302\u0301", [0xE0] = "\u0302\u0300", [0xE5] = "\u0302\u0309", [0xE3] = "\u0302\u0303", [0xE4] = "\u0302\u0323",
            [0xEA] = "\u0306", [0xE9] = "\u0306\u0301", [0xE8] = "\u0306\u0300", [0xFA] = "\u0306\u0309", [0xFC] = "\u0306\u0303", [0xEB] = "\u0306\u0323",
            [0xF4] = "ơ", [0xF6] = "ư", [0xF1] = "đ", [0xED] = "í", [0xEC] = "ì", [0xE6] = "ỉ", [0xF3] = "ĩ", [0xF2] = "ị", [0xEE] = "ỵ",
            [0xD9] = "\u0301", [0xD8] = "\u0300", [0xDB] = "\u0309", [0xD5] = "\u0303", [0xCF] = "\u0323",
            [0xC2] = "\u0302", [0xC1] = "\u0302\u0301", [0xC0] = "\u0302\u0300", [0xC5] = "\u0302\u0309", [0xC3] = "\u0302\u0303", [0xC4] = "\u0302\u0323",
            [0xCA] = "\u0306", [0xC9] = "\u0306\u0301", [0xC8] = "\u0306\u0300", [0xDA] = "\u0306\u0309", [0xDC] = "\u0306\u0303", [0xCB] = "\u0306\u0323",
            [0xD4] = "Ơ", [0xD6] = "Ư", [0xD1] = "Đ", [0xCD] = "Í", [0xCC] = "Ì", [0xC6] = "Ỉ", [0xD3] = "Ĩ", [0xD2] = "Ị", [0xCE] = "Ỵ",
        };
        return map;
    }

    [GeneratedRegex(@"\p{L}[\p{L}\p{Mn}]*")]
    private static partial Regex Words();

    [GeneratedRegex("^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?[aăâeêioôơuưy]{1,3}(ch|nh|ng|c|m|n|p|t)?$")]
    private static partial Regex Syllable();
}
