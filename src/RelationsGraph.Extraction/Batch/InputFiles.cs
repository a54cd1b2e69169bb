using System.IO.Enumeration;
using RelationsGraph.Extraction.Documents;

namespace RelationsGraph.Extraction.Batch;

/// <summary>
/// The files a batch reads: every file named, and under every folder named the files with a document extension
/// (hidden files and folders skipped), each folder's entries in ordinal order. Enumerated lazily, so that a folder of
/// any size is never listed in memory at once.
/// <para>
/// Symbolic links are followed, each folder and each file at most once, by its real path (links resolved): a folder
/// reached again through another link is not read again, and a link back to a folder being walked (a loop, or a link
/// to its own folder) is reported once as a warning and not followed. A name that does not exist, a broken link, a
/// link that loops on itself and a folder that cannot be listed are failures naming the path and the reason.
/// </para>
/// </summary>
public static class InputFiles
{
    private const int MaxLinkHops = 40;
    private const string LinkLoop = "a loop of symbolic links";

    public static IEnumerable<InputFile> Enumerate(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var walk = new Walk();
        foreach (var path in paths)
        {
            foreach (var file in walk.Named(path))
            {
                yield return file;
            }
        }
    }

    /// <summary>Counts what <see cref="Enumerate"/> yields without reading any file, for a progress bar.</summary>
    public static int Count(IEnumerable<string> paths) => Enumerate(paths).Count();

    /// <summary>
    /// The path with every symbolic link resolved, as POSIX realpath does (a ".." after a link goes up from the link's
    /// target). Throws <see cref="IOException"/> for a loop of links.
    /// </summary>
    public static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? string.Empty;
        var pending = new Stack<string>(Components(full[root.Length..]).Reverse());
        var current = root;
        var hops = 0;
        while (pending.TryPop(out var part))
        {
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Combine(current, part);
            var target = new FileInfo(next).LinkTarget;
            if (target is null)
            {
                current = next;
                continue;
            }

            if (++hops > MaxLinkHops)
            {
                throw new IOException(LinkLoop);
            }

            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(target) ?? root;
                target = target[current.Length..];
            }

            foreach (var component in Components(target).Reverse())
            {
                pending.Push(component);
            }
        }

        return current;
    }

    private static string[] Components(string path) =>
        path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A folder's every entry, hidden ones included, and an error for a folder that cannot be read.</summary>
    private static readonly EnumerationOptions Listing = new() { AttributesToSkip = 0, IgnoreInaccessible = false };

    /// <summary>One enumeration: the real paths of the folders and files already met.</summary>
    private sealed class Walk
    {
        private readonly HashSet<string> _folders = new(StringComparer.Ordinal);
        private readonly HashSet<string> _files = new(StringComparer.Ordinal);

        public IEnumerable<InputFile> Named(string path)
        {
            var (real, problem) = Resolve(path);
            if (problem is not null)
            {
                yield return InputFile.Failed(path, problem);
            }
            else if (Directory.Exists(real))
            {
                if (_folders.Add(real!))
                {
                    foreach (var file in Folder(path, real!, [real!]))
                    {
                        yield return file;
                    }
                }
            }
            else if (File.Exists(real))
            {
                if (_files.Add(real!))
                {
                    yield return new InputFile(path, null);
                }
            }
            else
            {
                yield return InputFile.Failed(path, IsLink(path) ? $"a broken symbolic link (to {new FileInfo(path).LinkTarget})" : "no such file or folder");
            }
        }

        private IEnumerable<InputFile> Folder(string path, string real, List<string> ancestors)
        {
            (string Path, bool IsDirectory, bool IsLink)[] entries;
            string? failure = null;
            try
            {
                // The listing says what each entry is (a folder, a link: one lstat), so an entry that is not a link
                // costs no further system calls (a stat for a folder and another for a file) before it is read; a file
                // removed after the listing is reported by the reader.
                entries = [.. new FileSystemEnumerable<(string, bool, bool)>(
                    path,
                    static (ref FileSystemEntry entry) => (entry.ToSpecifiedFullPath(), entry.IsDirectory, (entry.Attributes & FileAttributes.ReparsePoint) != 0),
                    Listing)];
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                entries = [];
                failure = $"the folder cannot be read ({exception.Message})";
            }

            if (failure is not null)
            {
                yield return InputFile.Failed(path, failure);
                yield break;
            }

            Array.Sort(entries, static (a, b) => string.CompareOrdinal(a.Path, b.Path));
            foreach (var (entry, isDirectory, link) in entries)
            {
                var name = Path.GetFileName(entry);
                if (name.StartsWith('.'))
                {
                    continue;
                }

                var (entryReal, problem) = link ? Resolve(entry) : (Path.Combine(real, name), null);
                var document = DocumentReader.Extensions.Contains(Path.GetExtension(name).ToLowerInvariant());
                if (problem is not null)
                {
                    yield return InputFile.Failed(entry, problem);
                }
                else if (link ? Directory.Exists(entryReal) : isDirectory)
                {
                    if (ancestors.Contains(entryReal!))
                    {
                        yield return InputFile.Warning(entry, $"a symbolic link loop (it leads back to {entryReal}); not followed");
                    }
                    else if (_folders.Add(entryReal!))
                    {
                        foreach (var file in Folder(entry, entryReal!, [.. ancestors, entryReal!]))
                        {
                            yield return file;
                        }
                    }
                }
                else if (!link || File.Exists(entryReal))
                {
                    if (document && _files.Add(entryReal!))
                    {
                        yield return new InputFile(entry, null);
                    }
                }
                else if (document || Path.GetExtension(name).Length == 0)
                {
                    yield return InputFile.Failed(entry, $"a broken symbolic link (to {new FileInfo(entry).LinkTarget})");
                }
            }
        }

        private static (string? Real, string? Problem) Resolve(string path)
        {
            try
            {
                return (RealPath(path), null);
            }
            catch (IOException exception) when (exception.Message == LinkLoop)
            {
                return (null, "a loop of symbolic links (a link that leads back to itself)");
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                return (null, $"cannot be resolved ({exception.Message})");
            }
        }

        private static bool IsLink(string path)
        {
            try
            {
                return new FileInfo(path).LinkTarget is not null;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                return false;
            }
        }
    }
}

/// <summary>A file to read, or a path that could not be read (with the reason), or a warning about a path.</summary>
public sealed record InputFile(string Path, string? Problem, bool IsWarning = false)
{
    public static InputFile Failed(string path, string problem) => new(path, problem);

    public static InputFile Warning(string path, string warning) => new(path, warning, IsWarning: true);
}
