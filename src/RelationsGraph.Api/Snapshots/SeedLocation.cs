namespace RelationsGraph.Api.Snapshots;

/// <summary>
/// Which graph-seed directory the API serves, and why: the one <c>Seed:Path</c> names; else, when the application
/// runs from a checkout (a directory above it holds RelationsGraph.sln and graph-seed/), the checkout's graph-seed —
/// the folder the loader and the review app write, so a curator's changes are served without a restart; else the
/// copy beside the application (a published build, a container).
/// </summary>
public sealed record SeedLocation(string Directory, string Reason)
{
    public const string SolutionFile = "RelationsGraph.sln";

    public static SeedLocation Resolve(string? configuredPath, IEnumerable<string> searchFrom, string applicationDirectory)
    {
        ArgumentNullException.ThrowIfNull(searchFrom);
        if (!string.IsNullOrWhiteSpace(configuredPath))
        {
            return new SeedLocation(Path.GetFullPath(configuredPath), "set by Seed:Path");
        }

        foreach (var start in searchFrom)
        {
            for (var directory = new DirectoryInfo(Path.GetFullPath(start)); directory is not null; directory = directory.Parent)
            {
                var seed = Path.Combine(directory.FullName, "graph-seed");
                if (File.Exists(Path.Combine(directory.FullName, SolutionFile)) && System.IO.Directory.Exists(seed))
                {
                    return new SeedLocation(seed, $"the graph-seed of the checkout at {directory.FullName}");
                }
            }
        }

        return new SeedLocation(Path.Combine(applicationDirectory, "graph-seed"), "the copy beside the application (no checkout found above it)");
    }
}
