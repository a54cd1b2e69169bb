namespace RelationsGraph.Testing;

/// <summary>
/// The tests' own graph: a frozen copy of graph-seed's fact tables (tests/test-seed: documents, instruments, parties,
/// evidence, commitments, mechanisms, sessions, people, links, rejections) on the repository's gazetteer, so that
/// tests pinning exact answers do not change when the real graph-seed grows. Assembled once per test process in the
/// test's output folder. The acceptance tests on design.md's checklist read the real graph-seed instead.
/// </summary>
internal static class TestSeed
{
    /// <summary>The generated tables, taken from the repository's graph-seed as they are today.</summary>
    public static readonly IReadOnlyList<string> GazetteerFiles = ["countries.csv", "country-names.csv", "units.csv", "unit-names.csv", "successions.csv", "fields.csv"];

    private static readonly Lazy<string> Assembled = new(Assemble);

    /// <summary>tests/test-seed: the frozen fact tables.</summary>
    public static string Facts => System.IO.Path.Combine(RepositoryPaths.Root, "tests", "test-seed");

    /// <summary>A complete graph-seed directory (gazetteer and frozen facts) that tests read but never change.</summary>
    public static string Path => Assembled.Value;

    /// <summary>Copies the test seed (gazetteer and facts) into an existing directory.</summary>
    public static void CopyTo(string directory)
    {
        foreach (var name in GazetteerFiles)
        {
            File.Copy(System.IO.Path.Combine(RepositoryPaths.GraphSeed, name), System.IO.Path.Combine(directory, name), overwrite: true);
        }

        foreach (var file in Directory.EnumerateFiles(Facts, "*.csv"))
        {
            File.Copy(file, System.IO.Path.Combine(directory, System.IO.Path.GetFileName(file)), overwrite: true);
        }
    }

    private static string Assemble()
    {
        var directory = System.IO.Path.Combine(AppContext.BaseDirectory, "test-seed");
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        Directory.CreateDirectory(directory);
        CopyTo(directory);
        return directory;
    }
}
