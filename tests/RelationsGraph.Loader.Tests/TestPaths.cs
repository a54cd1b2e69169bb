using RelationsGraph.Testing;

namespace RelationsGraph.Loader.Tests;

/// <summary>Where this project's own files are.</summary>
internal static class TestPaths
{
    public static string Project => Path.Combine(RepositoryPaths.Root, "tests", "RelationsGraph.Loader.Tests");

    public static string Snapshots => RepositoryPaths.Snapshots("RelationsGraph.Loader.Tests");

    public static string TunedCorpus => Path.Combine(Project, "Corpus", "Tuned");

    public static string HeldOutCorpus => Path.Combine(Project, "Corpus", "HeldOut");

    /// <summary>One short article per failure class fixed on real articles, labelled like the development corpus.</summary>
    public static string RegressionCorpus => Path.Combine(Project, "Corpus", "Regression");

    /// <summary>The extractor's rule files as the source tree has them (the build embeds them).</summary>
    public static string Rules => Path.Combine(RepositoryPaths.Root, "src", "RelationsGraph.Extraction", "Rules");

    /// <summary>A seed document by its number (000 to 004).</summary>
    public static string Seed(string number) =>
        Directory.EnumerateFiles(RepositoryPaths.SourceDocuments, number + "_*.txt").Single();
}
