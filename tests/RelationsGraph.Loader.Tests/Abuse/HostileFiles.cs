using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace RelationsGraph.Loader.Tests.Abuse;

/// <summary>Hostile documents, made by the test (never committed): small files that cost unbounded time or memory if read naively.</summary>
internal static class HostileFiles
{
    private const string ContentTypes = """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""";
    private const string Relationships = """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""";
    private const string BodyStart = """<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>""";
    private const string BodyEnd = "</w:body></w:document>";

    /// <summary>Sentences that each state a relation, repeated: the text that used to cost quadratic time.</summary>
    public static readonly string[] RelationSentences =
    [
        "Tỉnh Sơn La và tỉnh Xiêng Khoảng ký biên bản hợp tác giai đoạn 2022-2024 ngày 16/8/2022.",
        "On 22 August 2022, Binh Phuoc province and Champasak province signed a memorandum of understanding for the 2022-2026 period.",
        "UBND tỉnh Bắc Giang và tỉnh Xay Sổm Bun ký thỏa thuận hợp tác giai đoạn 2021-2025.",
        "Quang Tri province and Savannakhet province of Laos signed a cooperation agreement for the 2024-2026 period.",
    ];

    /// <summary>A DOCX whose document.xml holds one paragraph per line given.</summary>
    public static byte[] Docx(params string[] paragraphs) =>
        Docx(body => body.Write(Encoding.UTF8.GetBytes(string.Concat(paragraphs.Select(text => $"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>")))));

    /// <summary>A zip bomb: about a megabyte of file whose document.xml unpacks to <paramref name="textBytes"/> of text.</summary>
    public static byte[] DocxBomb(long textBytes)
    {
        var chunk = Encoding.ASCII.GetBytes(new string('a', 1024 * 1024));
        return Docx(body =>
        {
            body.Write("<w:p><w:r><w:t>"u8);
            for (long written = 0; written < textBytes; written += chunk.Length)
            {
                body.Write(chunk);
            }

            body.Write("</w:t></w:r></w:p>"u8);
        });
    }

    /// <summary>The same bomb, with headers that declare document.xml to be 1,000 bytes: the header must not be trusted.</summary>
    public static byte[] DocxBombWithLyingHeader(long textBytes)
    {
        var bytes = DocxBomb(textBytes);
        var name = "word/document.xml"u8;
        for (var i = 0; i + 46 < bytes.Length; i++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i));
            if (signature == 0x04034b50 && bytes.AsSpan(i + 30).StartsWith(name))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i + 22), 1000);
            }
            else if (signature == 0x02014b50 && bytes.AsSpan(i + 46).StartsWith(name))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i + 24), 1000);
            }
        }

        return bytes;
    }

    /// <summary>A DOCX of <paramref name="count"/> empty paragraphs (6 bytes each unpacked).</summary>
    public static byte[] DocxParagraphs(int count)
    {
        var block = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("<w:p/>", 10_000)));
        return Docx(body =>
        {
            body.Write("<w:p><w:r><w:t>Tỉnh Sơn La và tỉnh Xiêng Khoảng ký biên bản hợp tác.</w:t></w:r></w:p>"u8);
            for (var written = 0; written < count; written += 10_000)
            {
                body.Write(block);
            }
        });
    }

    /// <summary>An HTML page whose article is nested <paramref name="depth"/> elements deep.</summary>
    public static string DeepHtml(int depth) =>
        "<!DOCTYPE html><html><body>" + string.Concat(Enumerable.Repeat("<div>", depth))
        + "<p>Tỉnh Sơn La và tỉnh Xiêng Khoảng ký biên bản hợp tác giai đoạn 2022-2024.</p>"
        + string.Concat(Enumerable.Repeat("</div>", depth)) + "</body></html>";

    /// <summary>A text of about <paramref name="bytes"/> bytes made of the relation sentences, five to a paragraph.</summary>
    public static string RepeatedRelations(int bytes)
    {
        var text = new StringBuilder("Hợp tác giữa các tỉnh\n\n");
        var written = 0;
        for (var i = 0; written < bytes; i++)
        {
            var sentence = RelationSentences[i % RelationSentences.Length];
            text.Append(sentence).Append(i % 5 == 4 ? "\n\n" : " ");
            written += Encoding.UTF8.GetByteCount(sentence) + 1;
        }

        return text.Append('\n').ToString();
    }

    /// <summary>A PDF whose one content stream is a deflate bomb unpacking to <paramref name="unpackedBytes"/>.</summary>
    public static byte[] PdfBomb(long unpackedBytes, string dictionaryPadding = "")
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var chunk = new byte[1024 * 1024];
            Array.Fill(chunk, (byte)' ');
            for (long written = 0; written < unpackedBytes; written += chunk.Length)
            {
                zlib.Write(chunk);
            }
        }

        using var pdf = new MemoryStream();
        void Write(string text) => pdf.Write(Encoding.ASCII.GetBytes(text));
        Write("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
        Write("2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n");
        Write("3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>\nendobj\n");
        Write($"4 0 obj\n<< /Length {compressed.Length} /Filter /FlateDecode {dictionaryPadding}>>\nstream\n");
        pdf.Write(compressed.ToArray());
        Write("\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
        return pdf.ToArray();
    }

    private static byte[] Docx(Action<Stream> writeBody)
    {
        using var bytes = new MemoryStream();
        using (var zip = new ZipArchive(bytes, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var entry = zip.CreateEntry("[Content_Types].xml").Open())
            {
                entry.Write(Encoding.UTF8.GetBytes(ContentTypes));
            }

            using (var entry = zip.CreateEntry("_rels/.rels").Open())
            {
                entry.Write(Encoding.UTF8.GetBytes(Relationships));
            }

            using var body = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            body.Write(Encoding.UTF8.GetBytes(BodyStart));
            writeBody(body);
            body.Write(Encoding.UTF8.GetBytes(BodyEnd));
        }

        return bytes.ToArray();
    }
}
