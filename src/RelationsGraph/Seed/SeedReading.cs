using System.Security.Cryptography;

namespace RelationsGraph.Seed;

/// <summary>
/// A graph-seed directory's tables being read (<see cref="SeedDirectory.StartReading"/>): each file's bytes as soon
/// as they are read, and the version of them all, hashed file by file as they arrive (the same value as
/// <see cref="SeedDirectory.VersionOf(IReadOnlyDictionary{string, byte[]})"/> of the same bytes). A failed read fails
/// every file not handed out yet and the version, with the same exception.
/// </summary>
internal sealed class SeedReading
{
    private readonly Dictionary<string, TaskCompletionSource<byte[]?>> _files;

    public SeedReading(string directory, CancellationToken cancellationToken)
    {
        _files = new Dictionary<string, TaskCompletionSource<byte[]?>>(StringComparer.Ordinal);
        foreach (var table in SeedTables.All)
        {
            // Parsing waits on these: it continues on a thread of its own, never inside the reading loop.
            _files[table.FileName] = new TaskCompletionSource<byte[]?>(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        // A thread of its own: the two pool threads of a 2-core machine are the ones parsing.
        Version = Task.Factory.StartNew(
            () => Read(directory, cancellationToken),
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
    }

    /// <summary>The version of every table's bytes, once the last is read.</summary>
    public Task<string> Version { get; }

    /// <summary>One table file's bytes (null when the file is missing), once read.</summary>
    public Task<byte[]?> BytesOf(string fileName) => _files[fileName].Task;

    /// <summary>The bytes of the tables up to and including <paramref name="last"/> in <see cref="SeedTables.All"/>'s order, once read.</summary>
    public Task Through(ISeedTable last) => _files[last.FileName].Task;

    private string Read(string directory, CancellationToken cancellationToken)
    {
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            SeedDirectory.ReadTables(
                directory,
                (name, bytes) =>
                {
                    // Handed out first: the file is parsed while it is hashed.
                    _files[name].SetResult(bytes);
                    SeedDirectory.AppendToVersion(hash, name, bytes);
                },
                cancellationToken);
            return SeedDirectory.VersionOf(hash);
        }
        catch (Exception exception)
        {
            foreach (var file in _files.Values)
            {
                _ = exception is OperationCanceledException canceled
                    ? file.TrySetCanceled(canceled.CancellationToken)
                    : file.TrySetException(exception);
            }

            throw;
        }
    }
}
