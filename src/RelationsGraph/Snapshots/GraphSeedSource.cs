using RelationsGraph.Seed;

namespace RelationsGraph.Snapshots;

/// <summary>The graph-seed directory as a snapshot source; its version is a hash of the files' contents.</summary>
public sealed class GraphSeedSource(string directory) : ISnapshotSource
{
    public string Name => "graph-seed";

    public string Directory { get; } = directory;

    public async Task<string> GetVersionAsync(CancellationToken cancellationToken) =>
        (await SeedDirectory.ReadFilesAsync(Directory, cancellationToken)).Version;

    public async Task<VersionedSeed> LoadAsync(CancellationToken cancellationToken)
    {
        var (seed, version) = await GraphSeedReader.ReadWithVersionAsync(Directory, cancellationToken);
        return new VersionedSeed(seed, version);
    }
}
