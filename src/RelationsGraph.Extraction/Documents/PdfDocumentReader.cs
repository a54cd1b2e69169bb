using System.Globalization;
using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;

namespace RelationsGraph.Extraction.Documents;

/// <summary>
/// Reads a PDF's text layer with PdfPig. The extracted text is each page's text in content order (PdfPig's
/// <see cref="ContentOrderTextExtractor"/>, lines separated by a line break), pages separated by a blank line. A PDF
/// that is damaged, encrypted or has no text layer (a scan) is refused with a message saying so, and so is one over
/// the reader's budget: its compressed streams are unpacked once, counted, before PdfPig decodes any
/// (<see cref="PdfStreamBudget"/>), then its page count and text length are checked as it is read.
/// </summary>
public static class PdfDocumentReader
{
    public static (string Text, string? Title) Read(byte[] bytes, DocumentReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!bytes.AsSpan().StartsWith("%PDF-"u8))
        {
            throw new DocumentReadException("not a PDF file (it does not start with %PDF-)");
        }

        PdfStreamBudget.Check(bytes, options.MaxUnpackedBytes);
        try
        {
            using var document = PdfDocument.Open(bytes);
            if (document.NumberOfPages > options.MaxPages)
            {
                throw new DocumentReadException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"the PDF has {document.NumberOfPages:N0} pages, over the limit of {options.MaxPages:N0}"));
            }

            var text = new StringBuilder();
            foreach (var page in document.GetPages())
            {
                var pageText = ContentOrderTextExtractor.GetText(page).Replace("\r\n", "\n", StringComparison.Ordinal).Trim('\n');
                if (pageText.Length == 0)
                {
                    continue;
                }

                if (text.Length > 0)
                {
                    text.Append("\n\n");
                }

                text.Append(pageText);
                DocumentReader.CheckTextLength(text.Length, options);
            }

            if (text.ToString().AsSpan().Trim().IsEmpty)
            {
                throw new DocumentReadException("the PDF has no text layer (a scanned image?); run it through OCR first");
            }

            text.Append('\n');
            var title = document.Information.Title is { Length: > 0 } declared ? declared.Trim() : null;
            return (text.ToString(), title);
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new DocumentReadException("the PDF is encrypted");
        }
        catch (Exception exception) when (exception is not (DocumentReadException or OperationCanceledException or OutOfMemoryException))
        {
            // A damaged PDF fails in many ways inside the parser; every one means the same to the user.
            throw new DocumentReadException($"an unreadable PDF ({exception.Message.Split('\n')[0].Trim()})", exception);
        }
    }
}
