using RelationsGraph.Testing;

namespace RelationsGraph.Loader.Tests.Review;

/// <summary>
/// A private copy of the review tests' own small seed (Review/TestSeed: facts extracted from seed documents 001, 002
/// and 004, all awaiting review but one, plus a hand-made duplicate of the Son La – Xieng Khouang minutes) with the
/// repository's gazetteer. Tests change it freely; the real graph-seed is never touched.
/// </summary>
internal sealed class ReviewTestSeed : IDisposable
{
    private static readonly string[] GazetteerFiles = ["countries.csv", "country-names.csv", "units.csv", "unit-names.csv", "successions.csv", "fields.csv"];

    private readonly TemporaryDirectory _directory = new();

    public ReviewTestSeed()
    {
        Path = System.IO.Path.Combine(_directory.Path, "graph-seed");
        Directory.CreateDirectory(Path);
        foreach (var name in GazetteerFiles)
        {
            System.IO.File.Copy(System.IO.Path.Combine(RepositoryPaths.GraphSeed, name), File(name));
        }

        foreach (var file in Directory.EnumerateFiles(System.IO.Path.Combine(TestPaths.Project, "Review", "TestSeed"), "*.csv"))
        {
            System.IO.File.Copy(file, File(System.IO.Path.GetFileName(file)));
        }
    }

    /// <summary>The fact the tests accept as it is: the Binh Phuoc – Champasak MOU 2022-2026.</summary>
    public const string Mou = "binh-phuoc-champasak-mou-2022-2026";

    /// <summary>The minutes whose signing date the extraction could not give (the article says "Ngày 16/8" and has no date).</summary>
    public const string Minutes = "son-la-xieng-khouang-minutes-2022-2024";

    /// <summary>A duplicate of the minutes, calling them an agreement.</summary>
    public const string Duplicate = "son-la-xieng-khouang-agreement";

    /// <summary>An award read from a related-news headline: an event, not a partnership.</summary>
    public const string Award = "can-tho-champasak-award";

    /// <summary>The 13th conference of the Joint Working Committee.</summary>
    public const string Session = "ha-giang-cao-bang-lang-son-quang-ninh-guangxi-joint-committee-13";

    /// <summary>Reviewed by hand: not in the queue.</summary>
    public const string Reviewed = "binh-phuoc-champasak-mou-2017-2022";

    /// <summary>The folder with the seed documents' texts.</summary>
    public static string Documents => RepositoryPaths.SourceDocuments;

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string[] Lines(string name) => System.IO.File.ReadAllLines(File(name));

    public void Dispose() => _directory.Dispose();
}
