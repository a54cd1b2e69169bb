using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace RelationsGraph.Extraction.Documents;

/// <summary>
/// Reads a Word document with the Open XML SDK. The extracted text is the body's paragraphs in document order
/// (table cells included), one line each: a tab for a tab, a line break for a manual line break.
/// </summary>
public static class DocxDocumentReader
{
    public static (string Text, string? Title) Read(byte[] bytes)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, isEditable: false);
            var body = document.MainDocumentPart?.Document?.Body
                ?? throw new DocumentReadException("the DOCX has no document body");
            var text = new StringBuilder();
            foreach (var paragraph in body.Descendants<Paragraph>())
            {
                var line = new StringBuilder();
                foreach (var element in paragraph.Descendants())
                {
                    switch (element)
                    {
                        case WordText run:
                            line.Append(run.Text);
                            break;
                        case TabChar:
                            line.Append('\t');
                            break;
                        case Break or CarriageReturn:
                            line.Append('\n');
                            break;
                        default:
                            break;
                    }
                }

                var content = line.ToString().Trim();
                if (content.Length > 0)
                {
                    text.Append(content).Append('\n');
                }
            }

            if (text.Length == 0)
            {
                throw new DocumentReadException("the DOCX has no text");
            }

            var title = document.PackageProperties.Title is { Length: > 0 } declared ? declared.Trim() : null;
            return (text.ToString(), title);
        }
        catch (Exception exception) when (exception is not (DocumentReadException or OperationCanceledException or OutOfMemoryException))
        {
            // A damaged package fails in many ways (zip, packaging, XML, schema); every one means the same to the user.
            throw new DocumentReadException($"an unreadable DOCX ({FirstLine(exception.Message)})", exception);
        }
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
