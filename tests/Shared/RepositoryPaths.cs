namespace RelationsGraph.Testing;

/// <summary>Locates the repository and the shared source documents from the test's output directory.</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    public static string GraphSeed => Path.Combine(Root, "graph-seed");

    /// <summary>../shared/seeds beside the repository: the source documents the seed graph was curated from.</summary>
    public static string SourceDocuments
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(Root, "..", "shared", "seeds"));
            if (!Directory.Exists(path))
            {
                throw new DirectoryNotFoundException($"The source documents are expected at {path} (../shared/seeds beside the repository).");
            }

            return path;
        }
    }

    public static string Snapshots(string project) => Path.Combine(Root, "tests", project, "Snapshots");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "RelationsGraph.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("RelationsGraph.sln was not found above " + AppContext.BaseDirectory);
    }
}
