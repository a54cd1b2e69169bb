using RelationsGraph.Extraction.Documents;

namespace RelationsGraph.Extraction.Batch;

/// <summary>
/// The files a batch reads: every file named, and under every folder named the files with a document extension
/// (hidden files and folders skipped), each folder's entries in ordinal order. Enumerated lazily, so that a folder of
/// any size is never listed in memory at once. A name that exists as neither is reported as a failure.
/// </summary>
public static class InputFiles
{
    public static IEnumerable<InputFile> Enumerate(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                yield return new InputFile(path, null);
            }
            else if (Directory.Exists(path))
            {
                foreach (var file in Walk(path))
                {
                    yield return new InputFile(file, null);
                }
            }
            else
            {
                yield return new InputFile(path, "no such file or folder");
            }
        }
    }

    /// <summary>Counts what <see cref="Enumerate"/> yields without reading any file, for a progress bar.</summary>
    public static int Count(IEnumerable<string> paths) => Enumerate(paths).Count();

    private static IEnumerable<string> Walk(string directory)
    {
        string[] entries;
        try
        {
            entries = Directory.GetFileSystemEntries(directory);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            yield break;
        }

        Array.Sort(entries, StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (Path.GetFileName(entry).StartsWith('.'))
            {
                continue;
            }

            if (Directory.Exists(entry))
            {
                foreach (var file in Walk(entry))
                {
                    yield return file;
                }
            }
            else if (DocumentReader.Extensions.Contains(Path.GetExtension(entry).ToLowerInvariant()))
            {
                yield return entry;
            }
        }
    }
}

/// <summary>A file to read, or a name that could not be found (with the reason).</summary>
public sealed record InputFile(string Path, string? Problem);
