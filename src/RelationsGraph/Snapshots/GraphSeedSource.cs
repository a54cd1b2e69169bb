using System.Security.Cryptography;
using RelationsGraph.Seed;

namespace RelationsGraph.Snapshots;

/// <summary>The graph-seed directory as a snapshot source; its version is a hash of the files' contents.</summary>
public sealed class GraphSeedSource(string directory) : ISnapshotSource
{
    public string Name => "graph-seed";

    public string Directory { get; } = directory;

    public async Task<string> GetVersionAsync(CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var table in SeedTables.All)
        {
            var path = Path.Combine(Directory, table.FileName);
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(table.FileName + "\n"));
            if (File.Exists(path))
            {
                hash.AppendData(await File.ReadAllBytesAsync(path, cancellationToken));
            }
        }

        return "sha256:" + Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }

    public async Task<VersionedSeed> LoadAsync(CancellationToken cancellationToken)
    {
        var version = await GetVersionAsync(cancellationToken);
        var seed = await GraphSeedReader.ReadAsync(Directory, cancellationToken);
        return new VersionedSeed(seed, version);
    }
}
