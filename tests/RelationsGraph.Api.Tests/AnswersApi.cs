using RelationsGraph.Testing;

namespace RelationsGraph.Api.Tests;

/// <summary>
/// The real API over a test seed of its own (Seeds/answers: facts written for these tests, on the repository's
/// gazetteer), so that tests pinning exact answers do not change when the real graph-seed grows. It holds a signed
/// agreement with plans (one with disputed dates), minutes known from a related-news summary, headline-only items,
/// an award, a visit, an unreviewed memorandum, a mechanism with a reviewed and an unreviewed session, and a number
/// two provinces share.
/// </summary>
public sealed class AnswersApi : IDisposable
{
    public const string EnglishDocument = "90e9205f729b6e7c";
    public const string VietnameseDocument = "44e3ccecc1ab87cc";
    public const string RelatedNewsDocument = "a1401496f142ab0c";

    private static readonly string[] GazetteerFiles = ["countries.csv", "country-names.csv", "units.csv", "unit-names.csv", "successions.csv", "fields.csv"];
    private readonly TemporaryDirectory _directory = new();
    private readonly ApiServer _server;

    public AnswersApi()
    {
        SeedPath = Path.Combine(_directory.Path, "graph-seed");
        Directory.CreateDirectory(SeedPath);
        foreach (var file in GazetteerFiles)
        {
            File.Copy(Path.Combine(RepositoryPaths.GraphSeed, file), Path.Combine(SeedPath, file));
        }

        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "tests", "RelationsGraph.Api.Tests", "Seeds", "answers"), "*.csv"))
        {
            File.Copy(file, Path.Combine(SeedPath, Path.GetFileName(file)));
        }

        _server = ApiServer.WithSettings(new Dictionary<string, string?> { ["Seed:Path"] = SeedPath });
    }

    public string SeedPath { get; }

    public GraphQLClient CreateGraphQLClient() => _server.CreateGraphQLClient();

    public HttpClient CreateHttpClient() => _server.CreateHttpClient();

    public void Dispose()
    {
        _server.Dispose();
        _directory.Dispose();
    }
}
