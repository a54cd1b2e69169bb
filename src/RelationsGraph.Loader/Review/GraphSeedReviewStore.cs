using RelationsGraph.Seed;

namespace RelationsGraph.Loader.Review;

/// <summary>
/// A graph-seed directory as the review's store: every decision is written at once as one change of the files it
/// touches (<see cref="SeedDirectory.CommitAsync"/>), and only if nobody wrote the directory since it was read.
/// </summary>
internal sealed class GraphSeedReviewStore(string directory) : IReviewStore
{
    public string Directory { get; } = Path.GetFullPath(directory);

    public string Description => $"graph-seed at {Directory}";

    public Task<string> PeekAsync(CancellationToken cancellationToken) => Task.FromResult(SeedDirectory.Fingerprint(Directory));

    public Task<(GraphSeed Seed, string Version)> ReadAsync(CancellationToken cancellationToken) =>
        GraphSeedReader.ReadWithVersionAsync(Directory, cancellationToken);

    public async Task<string> WriteAsync(GraphSeed seed, string readVersion, CancellationToken cancellationToken)
    {
        try
        {
            await GraphSeedWriter.WriteAsync(seed, Directory, readVersion, cancellationToken);
        }
        catch (SeedConflictException exception)
        {
            throw new ReviewConflictException(exception.Message);
        }

        return await GraphSeedWriter.VersionOfAsync(seed, cancellationToken);
    }
}
