using System.Collections.Concurrent;
using RelationsGraph.Extraction.Documents;
using RelationsGraph.Facts;

namespace RelationsGraph.Loader.Review;

/// <summary>
/// Finds the text a document's evidence offsets point into (the text <c>relationsgraph-loader text</c> prints): the
/// file the document was read from (its <c>file</c> name) in one of the folders given, read with the extractor's
/// document reader, and only when its bytes have the document's content hash — another version of the file would
/// put the highlights in the wrong places. Without it the reviewer sees the citation and the quotes.
/// </summary>
internal sealed class DocumentTexts(IReadOnlyList<string> folders, DocumentReaderOptions options)
{
    private const int MaxFilesIndexed = 100_000;

    private readonly ConcurrentDictionary<string, Lazy<Task<string?>>> _texts = new(StringComparer.Ordinal);
    private readonly Lazy<ILookup<string, string>> _index = new(() => Index(folders));

    public IReadOnlyList<string> Folders { get; } = folders;

    public Task<string?> FindAsync(SourceDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        // One read per document, shared by every request that asks (a request that gives up does not cancel it).
        return _texts.GetOrAdd(document.Id, _ => new Lazy<Task<string?>>(() => ReadAsync(document, CancellationToken.None))).Value.WaitAsync(cancellationToken);
    }

    private async Task<string?> ReadAsync(SourceDocument document, CancellationToken cancellationToken)
    {
        if (document.File is not { Length: > 0 } name || Path.GetFileName(name) != name)
        {
            return null;
        }

        foreach (var path in _index.Value[name])
        {
            try
            {
                var text = await DocumentReader.ReadAsync(path, options, cancellationToken);
                if (text.ContentHash == document.ContentHash)
                {
                    return text.Text;
                }
            }
            catch (DocumentReadException)
            {
                // Another file of that name, or one that cannot be read: not this document's text.
            }
        }

        return null;
    }

    /// <summary>The files of the folders by name (bounded: a folder of documents, not a whole disk).</summary>
    private static ILookup<string, string> Index(IReadOnlyList<string> folders) =>
        folders
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden }))
            .Take(MaxFilesIndexed)
            .ToLookup(path => Path.GetFileName(path), StringComparer.Ordinal);
}
