using System.Globalization;
using System.IO.Compression;

namespace RelationsGraph.Extraction.Documents;

/// <summary>
/// Unpacks a PDF's Flate-compressed streams once, counting the bytes, and refuses the file when together they unpack
/// to more than the budget: PdfPig decodes a stream whole, in memory, so a small file of deflate bombs would otherwise
/// exhaust memory. Every stream whose data is zlib is counted, images included (a label cannot be trusted); a stream
/// that is not valid zlib data is left for PdfPig to judge. Streams whose first filter is another one (ASCII85,
/// ASCIIHex, LZW, RunLength) are not unpacked here: see docs/loader.md.
/// </summary>
public static class PdfStreamBudget
{
    public static void Check(byte[] bytes, long maxUnpackedBytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var data = bytes.AsSpan();
        var buffer = new byte[64 * 1024];
        long unpacked = 0;
        var position = 0;
        while (position < data.Length)
        {
            var found = data[position..].IndexOf("stream"u8);
            if (found < 0)
            {
                break;
            }

            var keyword = position + found;
            position = keyword + 6;
            if (keyword >= 3 && data.Slice(keyword - 3, 3).SequenceEqual("end"u8))
            {
                continue;
            }

            var start = position;
            if (start < data.Length && data[start] == '\r')
            {
                start++;
            }

            if (start < data.Length && data[start] == '\n')
            {
                start++;
            }

            // Any stream whose data starts with a zlib header is counted, whatever its dictionary says: a dictionary
            // can be padded or mislabelled, and PdfPig decodes a page's contents whatever their label.
            if (start + 1 >= data.Length || !IsZlibHeader(data[start], data[start + 1]))
            {
                continue;
            }

            try
            {
                using var inflater = new ZLibStream(new MemoryStream(bytes, start, bytes.Length - start, writable: false), CompressionMode.Decompress);
                int read;
                while ((read = inflater.Read(buffer)) > 0)
                {
                    unpacked += read;
                    if (unpacked > maxUnpackedBytes)
                    {
                        throw new DocumentReadException(string.Create(
                            CultureInfo.InvariantCulture,
                            $"the PDF's compressed streams unpack to more than the limit of {DocumentReader.DescribeSize(maxUnpackedBytes)} (reached in the stream at byte {start:N0})"));
                    }
                }
            }
            catch (InvalidDataException)
            {
                // Not zlib data, or damaged: PdfPig reports what it cannot read.
            }

            var end = data[start..].IndexOf("endstream"u8);
            position = end < 0 ? data.Length : start + end + 9;
        }
    }

    /// <summary>RFC 1950: deflate (method 8) and a header checksum that is a multiple of 31.</summary>
    private static bool IsZlibHeader(byte first, byte second) => (first & 0x0F) == 8 && ((first << 8) | second) % 31 == 0;
}
