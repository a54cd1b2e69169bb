using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace RelationsGraph.Extraction.Documents;

/// <summary>
/// Turns a text file's bytes into text: UTF-8 (with or without a byte order mark) or UTF-16 with a byte order mark.
/// Anything else is refused with a message that names what the bytes look like: a binary file, or a legacy
/// Vietnamese encoding (see <see cref="LegacyVietnameseEncoding"/>).
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return DecodeUtf8(bytes[3..], 3);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }

        RejectBinary(bytes);
        return DecodeUtf8(bytes, 0);
    }

    /// <summary>True when the bytes are valid UTF-8 (a byte order mark allowed).</summary>
    public static bool IsUtf8(ReadOnlySpan<byte> bytes) => Utf8.IsValid(bytes);

    /// <summary>Fails for bytes that are not text: NUL bytes or many control characters in the first 8 KB.</summary>
    public static void RejectBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        if (sample.Contains((byte)0))
        {
            throw new DocumentReadException("a binary file (it contains NUL bytes), not a text document");
        }

        var controls = 0;
        foreach (var b in sample)
        {
            if (b < 0x20 && b is not ((byte)'\n' or (byte)'\r' or (byte)'\t' or (byte)'\f'))
            {
                controls++;
            }
        }

        if (controls * 50 > sample.Length)
        {
            throw new DocumentReadException("a binary file (control characters throughout), not a text document");
        }
    }

    /// <summary>The message for bytes that are not UTF-8, naming the legacy encoding they look like.</summary>
    public static string DescribeInvalidUtf8(ReadOnlySpan<byte> bytes, int offsetBase = 0)
    {
        var offset = FirstInvalidByte(bytes);
        var where = offset >= 0
            ? string.Create(CultureInfo.InvariantCulture, $" (byte 0x{bytes[offset]:X2} at offset {offset + offsetBase})")
            : string.Empty;
        var legacy = LegacyVietnameseEncoding.Detect(bytes);
        return legacy is null
            ? $"not valid UTF-8{where}; save the file as UTF-8 and run again"
            : $"not valid UTF-8{where}: the text looks like Vietnamese in the legacy {legacy} encoding; convert it to UTF-8 and run again";
    }

    private static string DecodeUtf8(ReadOnlySpan<byte> bytes, int offsetBase)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new DocumentReadException(DescribeInvalidUtf8(bytes, offsetBase));
        }
    }

    private static int FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        var buffer = ArrayPool<char>.Shared.Rent(bytes.Length + 1);
        try
        {
            var status = Utf8.ToUtf16(bytes, buffer, out var read, out _, replaceInvalidSequences: false);
            return status == OperationStatus.InvalidData ? read : -1;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}
