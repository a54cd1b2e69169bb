using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace RelationsGraph.Extraction.Documents;

/// <summary>
/// Reads one file into a <see cref="DocumentText"/>: checks its size, hashes its bytes (the document's identity),
/// picks the format from the extension and the first bytes, and hands the bytes to the format's reader. Every
/// failure is a <see cref="DocumentReadException"/> whose message names the problem.
/// </summary>
public static partial class DocumentReader
{
    /// <summary>The extensions a folder is searched for; a file named on the command line is read whatever its name.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".txt", ".text", ".md", ".html", ".htm", ".xhtml", ".pdf", ".docx"];

    static DocumentReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Reads a file (synchronously: see <see cref="ReadBounded"/>); the task carries any failure.</summary>
    public static Task<DocumentText> ReadAsync(string path, DocumentReaderOptions options, CancellationToken cancellationToken)
    {
        try
        {
            return Task.FromResult(ReadFile(path, options, cancellationToken));
        }
        catch (Exception exception)
        {
            return Task.FromException<DocumentText>(exception);
        }
    }

    private static DocumentText ReadFile(string path, DocumentReaderOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            CheckSize(length, options.MaxBytes);
            if (length == 0)
            {
                // Never opened: a named pipe or a device also reports no length, and opening one could wait forever.
                throw new DocumentReadException("the file is empty (or is a pipe or device, not a regular file)");
            }

            bytes = ReadBounded(path, length, options.MaxBytes, cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new DocumentReadException($"the file cannot be read ({exception.Message})", exception);
        }

        return Read(bytes, Path.GetFileName(path), options);
    }

    /// <summary>
    /// Reads the file into an array of the length it had when looked at, then makes sure nothing follows: a file that
    /// grew while read is read on, and still refused past the limit. Local files are read synchronously on the calling
    /// thread: an asynchronous read of a few kilobytes costs a thread-pool hop and two 64 KB buffers for nothing.
    /// </summary>
    private static byte[] ReadBounded(string path, long expected, long maxBytes, CancellationToken cancellationToken)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan);
        var buffer = GC.AllocateUninitializedArray<byte>((int)Math.Min(expected, maxBytes));
        var total = 0;
        Span<byte> probe = stackalloc byte[1];
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (total == buffer.Length)
            {
                // Full as expected: one byte more says whether the file grew.
                if (RandomAccess.Read(handle, probe, total) == 0)
                {
                    return buffer;
                }

                if (total + 1L > maxBytes)
                {
                    throw new DocumentReadException($"the file is over the size limit of {DescribeSize(maxBytes)} (it grew while read, or is a device)");
                }

                var grown = GC.AllocateUninitializedArray<byte>((int)Math.Min(Math.Max(buffer.Length * 2L, 4096), maxBytes));
                buffer.AsSpan().CopyTo(grown);
                grown[total++] = probe[0];
                buffer = grown;
                continue;
            }

            var read = RandomAccess.Read(handle, buffer.AsSpan(total), total);
            if (read == 0)
            {
                return buffer[..total]; // it shrank while read
            }

            total += read;
        }
    }

    public static DocumentText Read(byte[] bytes, string fileName, DocumentReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(options);
        CheckSize(bytes.LongLength, options.MaxBytes);
        if (bytes.Length == 0)
        {
            throw new DocumentReadException("the file is empty");
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var format = FormatOf(fileName, bytes);
        string text;
        DocumentLayout layout;
        string? title = null;
        string? language = null;
        DateOnly? publishedOn = null;
        switch (format)
        {
            case SourceFormat.Html:
                var html = DecodeHtml(bytes);
                HtmlMarkupBudget.Check(html, options);
                (text, layout, title, language, publishedOn) = HtmlDocumentReader.Read(html);
                break;
            case SourceFormat.Pdf:
                (text, title) = PdfDocumentReader.Read(bytes, options);
                layout = PlainTextLayout.Analyze(text, wrapped: true);
                break;
            case SourceFormat.Docx:
                (text, title) = DocxDocumentReader.Read(bytes, options);
                layout = PlainTextLayout.Analyze(text, wrapped: false);
                break;
            default:
                text = TextDecoder.Decode(bytes);
                layout = PlainTextLayout.Analyze(text);
                break;
        }

        CheckTextLength(text.Length, options);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DocumentReadException("the document has no text");
        }

        if (layout.Title is null && layout.Body.IsEmpty)
        {
            throw new DocumentReadException("no article text was found in the document");
        }

        return new DocumentText
        {
            Id = hash[..16],
            ContentHash = "sha256:" + hash,
            FileName = fileName,
            Format = format,
            Text = text,
            Layout = layout,
            DeclaredTitle = title,
            DeclaredLanguage = language,
            DeclaredPublishedOn = publishedOn,
        };
    }

    public static SourceFormat FormatOf(string fileName, ReadOnlySpan<byte> bytes)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        switch (extension)
        {
            case ".pdf":
                return SourceFormat.Pdf;
            case ".docx":
                return SourceFormat.Docx;
            case ".html" or ".htm" or ".xhtml":
                return SourceFormat.Html;
            default:
                break;
        }

        if (bytes.StartsWith("%PDF-"u8))
        {
            return SourceFormat.Pdf;
        }

        if (bytes.StartsWith("PK\u0003\u0004"u8) && extension is ".docx" or ".docm")
        {
            return SourceFormat.Docx;
        }

        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 1024)]).TrimStart('\uFEFF', 'ï', '»', '¿', ' ', '\t', '\r', '\n');
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<body", StringComparison.OrdinalIgnoreCase)
                ? SourceFormat.Html
                : SourceFormat.Text;
    }

    private static void CheckSize(long length, long maxBytes)
    {
        if (length > maxBytes)
        {
            throw new DocumentReadException(string.Create(
                CultureInfo.InvariantCulture,
                $"the file is {DescribeSize(length)}, over the size limit of {DescribeSize(maxBytes)}"));
        }
    }

    /// <summary>Fails once a document's text is longer than the budget allows (formats check as they read).</summary>
    public static void CheckTextLength(long characters, DocumentReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (characters > options.MaxTextCharacters)
        {
            throw new DocumentReadException(string.Create(
                CultureInfo.InvariantCulture,
                $"the document's text is longer than the limit of {options.MaxTextCharacters:N0} characters"));
        }
    }

    public static string DescribeSize(long bytes) => bytes switch
    {
        >= 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MB"),
        >= 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes"),
    };

    /// <summary>
    /// HTML is read as UTF-8 when its bytes are UTF-8; otherwise only a declared charset that is not a disguised
    /// legacy Vietnamese font encoding is accepted.
    /// </summary>
    private static string DecodeHtml(byte[] bytes)
    {
        if (TextDecoder.IsUtf8(bytes))
        {
            return TextDecoder.Decode(bytes);
        }

        TextDecoder.RejectBinary(bytes);
        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
        if (DeclaredCharset().Match(head) is { Success: true } declared
            && LegacyVietnameseEncoding.Detect(bytes) is not ("TCVN3 (ABC)" or "VNI"))
        {
            try
            {
                return Encoding.GetEncoding(declared.Groups[1].Value).GetString(bytes);
            }
            catch (ArgumentException)
            {
                throw new DocumentReadException($"the page declares an unknown charset '{declared.Groups[1].Value}'");
            }
        }

        throw new DocumentReadException(TextDecoder.DescribeInvalidUtf8(bytes));
    }

    [GeneratedRegex("""charset\s*=\s*["']?([A-Za-z0-9_\-:.]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex DeclaredCharset();
}
