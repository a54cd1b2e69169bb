using System.CommandLine;
using Microsoft.Extensions.Options;
using RelationsGraph.Extraction.Documents;
using RelationsGraph.Loader.Cli;

namespace RelationsGraph.Loader.Documents;

/// <summary>
/// <c>text FILE</c>: prints the text the extractor reads from a document, the text that evidence offsets point into
/// (for HTML, PDF and DOCX this is the extracted text, not the file).
/// </summary>
public sealed class TextCommand(LoaderConsole console, IOptions<LoaderOptions> options) : ILoaderCommand
{
    public Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "A document (.txt, .html, .pdf, .docx)" };
        var command = new Command("text", "Print the text of a document that evidence offsets point into") { file };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetRequiredValue(file), cancellationToken));
        return command;
    }

    public async Task<int> RunAsync(string file, CancellationToken cancellationToken)
    {
        try
        {
            var document = await DocumentReader.ReadAsync(file, new DocumentReaderOptions { MaxBytes = options.Value.MaxDocumentBytes }, cancellationToken);
            await console.Out.WriteAsync(document.Text);
            return ExitCodes.Ok;
        }
        catch (DocumentReadException exception)
        {
            await console.Error.WriteLineAsync($"error: {file}: {exception.Message}");
            return ExitCodes.SomeInputsFailed;
        }
    }
}
