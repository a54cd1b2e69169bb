using System.Security.Cryptography;
using System.Text;

namespace RelationsGraph.Seed;

/// <summary>
/// How a graph-seed directory changes all at once. A writer stages every changed file beside its target, then
/// records the whole change in a commit journal (<c>.commit</c>, created by an atomic rename once the staged files
/// are complete and flushed), then moves the files into place and deletes the journal. Whoever finds a journal —
/// a crash came between the journal and the last move — reads the staged file where one is left, and the next
/// writer finishes the moves: the directory always reads as the graph before the change or the graph after it,
/// never a mixture. Writers take an exclusive lock (<c>.lock</c>), readers a shared one when they can create it.
/// </summary>
public static class SeedDirectory
{
    public const string JournalName = ".commit";

    public const string LockName = ".lock";

    private const string JournalHeader = "relationsgraph graph-seed commit v1";

    private static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The bytes of every table as the directory stands (a committed journal's staged files in place of their
    /// targets), read under a shared lock, and the version they make: the same bytes always give the same version.
    /// A missing file has null bytes.
    /// </summary>
    public static async Task<SeedFiles> ReadFilesAsync(string directory, CancellationToken cancellationToken)
    {
        var files = await ReadTablesAsync(directory, cancellationToken);
        return new SeedFiles(files, VersionOf(files));
    }

    /// <summary>
    /// The bytes of every table as <see cref="ReadFilesAsync"/> reads them, without their version: a reader hashes
    /// them (<see cref="VersionOf"/>) beside parsing them.
    /// </summary>
    internal static async Task<IReadOnlyDictionary<string, byte[]?>> ReadTablesAsync(string directory, CancellationToken cancellationToken)
    {
        using var shared = await LockAsync(directory, exclusive: false, cancellationToken);
        var staged = ReadJournal(directory);
        var files = new Dictionary<string, byte[]?>(StringComparer.Ordinal);
        foreach (var table in SeedTables.All)
        {
            files[table.FileName] = await ReadCurrentAsync(directory, table.FileName, staged, cancellationToken);
        }

        return files;
    }

    /// <summary>The version of a set of table files: <c>sha256:</c> and the first 16 hex digits of their hash.</summary>
    public static string VersionOf(IReadOnlyDictionary<string, byte[]?> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var table in SeedTables.All)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(table.FileName + "\n"));
            if (files.GetValueOrDefault(table.FileName) is { } bytes)
            {
                hash.AppendData(bytes);
            }
        }

        return "sha256:" + Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }

    /// <summary>
    /// A cheap summary of the directory's state (each table's size and last write time, and any commit journal),
    /// for noticing a change without reading or hashing the files. Equal fingerprints mean nothing was written.
    /// </summary>
    public static string Fingerprint(string directory)
    {
        var builder = new StringBuilder(1024);
        foreach (var name in SeedTables.All.Select(table => table.FileName).Append(JournalName))
        {
            var file = new FileInfo(Path.Combine(directory, name));
            builder.Append(name).Append(':');
            if (file.Exists)
            {
                builder.Append(file.Length).Append('@').Append(file.LastWriteTimeUtc.Ticks);
            }

            builder.Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>
    /// Replaces the tables whose bytes differ from the directory's as one change: staged, journaled, moved. Returns
    /// the names of the files written (none when nothing differs). With <paramref name="expectedVersion"/>, the change
    /// is made only if the directory still has that version (under the lock): a change made in between by another
    /// writer is never overwritten. <paramref name="afterMove"/> is called after each file is moved into place (tests
    /// use it to fail half-way).
    /// </summary>
    public static async Task<IReadOnlyList<string>> CommitAsync(
        string directory,
        IReadOnlyDictionary<string, byte[]> tables,
        string? expectedVersion,
        Action<string>? afterMove,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tables);
        Directory.CreateDirectory(directory);
        using var exclusive = await LockAsync(directory, exclusive: true, cancellationToken);
        Recover(directory);
        if (expectedVersion is not null)
        {
            var current = new Dictionary<string, byte[]?>(StringComparer.Ordinal);
            foreach (var table in SeedTables.All)
            {
                current[table.FileName] = await ReadCurrentAsync(directory, table.FileName, [], cancellationToken);
            }

            if (VersionOf(current) != expectedVersion)
            {
                throw new SeedConflictException($"{directory} changed since version {expectedVersion} was read (it is now {VersionOf(current)}); nothing was written");
            }
        }

        var staged = new List<(string Temporary, string Target)>();
        var committed = false;
        try
        {
            foreach (var (name, bytes) in tables.OrderBy(pair => pair.Key, StringComparer.Ordinal))
            {
                var target = Path.Combine(directory, name);
                if (File.Exists(target) && (await File.ReadAllBytesAsync(target, cancellationToken)).AsSpan().SequenceEqual(bytes))
                {
                    continue;
                }

                var temporary = Path.Combine(directory, $".{name}.{Guid.NewGuid():N}.tmp");
                staged.Add((temporary, target));
                await WriteDurablyAsync(temporary, bytes, cancellationToken);
            }

            if (staged.Count == 0)
            {
                return [];
            }

            var journal = new StringBuilder(JournalHeader).Append('\n');
            foreach (var (temporary, target) in staged)
            {
                journal.Append(Path.GetFileName(temporary)).Append('\t').Append(Path.GetFileName(target)).Append('\n');
            }

            var journalTemporary = Path.Combine(directory, $"{JournalName}.{Guid.NewGuid():N}.tmp");
            await WriteDurablyAsync(journalTemporary, Encoding.UTF8.GetBytes(journal.ToString()), cancellationToken);
            File.Move(journalTemporary, Path.Combine(directory, JournalName));
            committed = true;

            foreach (var (temporary, target) in staged)
            {
                File.Move(temporary, target, overwrite: true);
                afterMove?.Invoke(Path.GetFileName(target));
            }

            File.Delete(Path.Combine(directory, JournalName));
            return [.. staged.Select(pair => Path.GetFileName(pair.Target))];
        }
        finally
        {
            // Before the journal the change never happened: drop what was staged. After it, the staged files are the
            // change: they stay for the next reader and writer to finish.
            if (!committed)
            {
                foreach (var (temporary, _) in staged)
                {
                    File.Delete(temporary);
                }
            }
        }
    }

    /// <summary>Finishes a change a writer committed but did not complete, and removes abandoned staged files.</summary>
    private static void Recover(string directory)
    {
        var journalPath = Path.Combine(directory, JournalName);
        foreach (var (temporary, target) in ReadJournal(directory).Select(pair => (Path.Combine(directory, pair.Value), Path.Combine(directory, pair.Key))))
        {
            if (File.Exists(temporary))
            {
                File.Move(temporary, target, overwrite: true);
            }
        }

        File.Delete(journalPath);

        // Staged files no journal names were never committed (the writer stopped before its journal): remove them.
        foreach (var leftover in Directory.EnumerateFiles(directory, ".*.tmp"))
        {
            File.Delete(leftover);
        }
    }

    /// <summary>The committed journal's target → staged file names, or none without a (complete) journal.</summary>
    private static Dictionary<string, string> ReadJournal(string directory)
    {
        var pending = new Dictionary<string, string>(StringComparer.Ordinal);
        string[] lines;
        try
        {
            lines = File.ReadAllLines(Path.Combine(directory, JournalName));
        }
        catch (FileNotFoundException)
        {
            return pending;
        }
        catch (DirectoryNotFoundException)
        {
            return pending;
        }

        if (lines.Length == 0 || lines[0] != JournalHeader)
        {
            throw new SeedValidationException([new SeedError($"{Path.GetFileName(Path.TrimEndingDirectorySeparator(directory))}/{JournalName}", 1, null, null, "not a graph-seed commit journal; remove it if no writer is running")]);
        }

        foreach (var line in lines.Skip(1).Where(line => line.Length > 0))
        {
            var parts = line.Split('\t');
            if (parts.Length == 2 && !parts[0].Contains('/', StringComparison.Ordinal) && !parts[1].Contains('/', StringComparison.Ordinal))
            {
                pending[parts[1]] = parts[0];
            }
        }

        return pending;
    }

    private static async Task<byte[]?> ReadCurrentAsync(string directory, string name, Dictionary<string, string> staged, CancellationToken cancellationToken)
    {
        if (staged.TryGetValue(name, out var temporary))
        {
            try
            {
                return await File.ReadAllBytesAsync(Path.Combine(directory, temporary), cancellationToken);
            }
            catch (FileNotFoundException)
            {
                // Already moved into place: the target holds it.
            }
        }

        try
        {
            return await File.ReadAllBytesAsync(Path.Combine(directory, name), cancellationToken);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }

    private static async Task WriteDurablyAsync(string path, byte[] bytes, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true);
        await stream.WriteAsync(bytes, cancellationToken);
        stream.Flush(flushToDisk: true);
    }

    /// <summary>
    /// The directory's advisory lock: exclusive for a writer, which creates the lock file, shared for a reader. A
    /// reader of a directory no writer has ever locked (no lock file) reads without one, so that reading never
    /// creates files.
    /// </summary>
    private static async Task<IDisposable?> LockAsync(string directory, bool exclusive, CancellationToken cancellationToken)
    {
        var path = Path.Combine(directory, LockName);
        var deadline = DateTime.UtcNow + LockTimeout;
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return exclusive
                    ? new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None)
                    : new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            }
            catch (Exception exception) when (!exclusive && exception is FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException)
            {
                return null;
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                // Held by another process: wait for it (a write holds it for milliseconds).
                await Task.Delay(Math.Min(100, 5 * (attempt + 1)), cancellationToken);
            }
        }
    }
}

/// <summary>The bytes of a graph-seed directory's tables (null for a missing file) and their version.</summary>
public sealed record SeedFiles(IReadOnlyDictionary<string, byte[]?> Tables, string Version);

/// <summary>The directory changed since the version a writer based its change on: nothing was written.</summary>
public sealed class SeedConflictException : Exception
{
    public SeedConflictException()
    {
    }

    public SeedConflictException(string message)
        : base(message)
    {
    }

    public SeedConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
