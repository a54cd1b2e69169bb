using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace RelationsGraph.Extraction.Documents;

/// <summary>
/// Reads a Word document within the reader's budget. The package is checked first: every zip entry's declared size,
/// then what each entry really unpacks to, counted while decompressing, against <see cref="DocumentReaderOptions.MaxUnpackedBytes"/>
/// (a zip bomb is refused before the Open Xml SDK parses anything). The body is then streamed, never loaded as a tree:
/// its paragraphs in document order (table cells included), one line each, a tab for a tab and a line break for a
/// manual line break, at most <see cref="DocumentReaderOptions.MaxParagraphs"/> of them.
/// </summary>
public static class DocxDocumentReader
{
    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string CompatibilityNamespace = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    public static (string Text, string? Title) Read(byte[] bytes, DocumentReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        try
        {
            CheckUnpackedSize(bytes, options.MaxUnpackedBytes);
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, isEditable: false);
            var main = document.MainDocumentPart ?? throw new DocumentReadException("the DOCX has no document body");
            string text;
            using (var part = main.GetStream(FileMode.Open, FileAccess.Read))
            {
                text = ReadBody(part, options);
            }

            if (text.Length == 0)
            {
                throw new DocumentReadException("the DOCX has no text");
            }

            var title = document.PackageProperties.Title is { Length: > 0 } declared ? declared.Trim() : null;
            return (text, title);
        }
        catch (Exception exception) when (exception is not (DocumentReadException or OperationCanceledException or OutOfMemoryException))
        {
            // A damaged package fails in many ways (zip, packaging, XML, schema); every one means the same to the user.
            throw new DocumentReadException($"an unreadable DOCX ({FirstLine(exception.Message)})", exception);
        }
    }

    /// <summary>Refuses a package whose entries declare, or really unpack to, more than the budget.</summary>
    private static void CheckUnpackedSize(byte[] bytes, long maxUnpackedBytes)
    {
        using var archive = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        long declared = 0;
        foreach (var entry in archive.Entries)
        {
            declared += entry.Length;
            if (declared > maxUnpackedBytes)
            {
                throw new DocumentReadException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"the DOCX unpacks to more than the limit of {DocumentReader.DescribeSize(maxUnpackedBytes)} (its entries declare {DocumentReader.DescribeSize(archive.Entries.Sum(item => item.Length))}, {entry.FullName} alone {DocumentReader.DescribeSize(entry.Length)})"));
            }
        }

        var buffer = new byte[64 * 1024];
        long unpacked = 0;
        foreach (var entry in archive.Entries)
        {
            using var content = entry.Open();
            long entryBytes = 0;
            int read;
            while ((read = content.Read(buffer)) > 0)
            {
                entryBytes += read;
                unpacked += read;
                if (unpacked > maxUnpackedBytes)
                {
                    throw new DocumentReadException(string.Create(
                        CultureInfo.InvariantCulture,
                        $"the DOCX unpacks to more than the limit of {DocumentReader.DescribeSize(maxUnpackedBytes)} ({entry.FullName} unpacks to more than its declared {DocumentReader.DescribeSize(entry.Length)})"));
                }
            }
        }
    }

    private static string ReadBody(Stream part, DocumentReaderOptions options)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, IgnoreProcessingInstructions = true };
        using var reader = XmlReader.Create(part, settings);

        // Each paragraph gets its line where it starts; text goes to the innermost open paragraph (a text box's
        // paragraphs sit inside another paragraph's run).
        var lines = new List<string>();
        var open = new Stack<(int Line, StringBuilder Text)>();
        var parents = new Stack<string>();
        var paragraphs = 0;
        long characters = 0;
        var inBody = false;
        var inText = false;
        var advanced = false;
        while (advanced || reader.Read())
        {
            advanced = false;
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    if (reader.NamespaceURI == CompatibilityNamespace && reader.LocalName == "Fallback")
                    {
                        // The same content as the choice before it, for older readers: read once.
                        reader.Skip();
                        advanced = true;
                        continue;
                    }

                    var name = reader.NamespaceURI == WordNamespace ? reader.LocalName : string.Empty;
                    var parent = parents.Count > 0 ? parents.Peek() : string.Empty;
                    var empty = reader.IsEmptyElement;
                    if (name == "body")
                    {
                        inBody = true;
                    }
                    else if (inBody && name == "p")
                    {
                        if (++paragraphs > options.MaxParagraphs)
                        {
                            throw new DocumentReadException(string.Create(
                                CultureInfo.InvariantCulture,
                                $"the DOCX has more than the limit of {options.MaxParagraphs:N0} paragraphs"));
                        }

                        lines.Add(string.Empty);
                        if (!empty)
                        {
                            open.Push((lines.Count - 1, new StringBuilder()));
                        }
                    }
                    else if (open.Count > 0 && parent == "r" && name is "tab" or "br" or "cr")
                    {
                        open.Peek().Text.Append(name == "tab" ? '\t' : '\n');
                        characters++;
                    }
                    else if (open.Count > 0 && name == "t" && !empty)
                    {
                        inText = true;
                    }

                    if (!empty)
                    {
                        parents.Push(name);
                    }

                    break;
                case XmlNodeType.EndElement:
                    var closing = parents.Count > 0 ? parents.Pop() : string.Empty;
                    if (closing == "t")
                    {
                        inText = false;
                    }
                    else if (closing == "p" && inBody && open.Count > 0)
                    {
                        var (line, text) = open.Pop();
                        lines[line] = text.ToString().Trim();
                    }
                    else if (closing == "body")
                    {
                        inBody = false;
                    }

                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    if (inText && open.Count > 0)
                    {
                        var value = reader.Value;
                        characters += value.Length;
                        DocumentReader.CheckTextLength(characters, options);
                        open.Peek().Text.Append(value);
                    }

                    break;
                default:
                    break;
            }
        }

        var result = new StringBuilder();
        foreach (var line in lines.Where(line => line.Length > 0))
        {
            result.Append(line).Append('\n');
        }

        return result.ToString();
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
