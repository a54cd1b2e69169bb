using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using RelationsGraph.Testing;

namespace RelationsGraph.Loader.Tests.Publishing;

/// <summary>
/// A development corpus of one article written for these tests (our own words, not a real article), laid out as
/// tests/dev-corpus is: texts/&lt;id&gt;.txt and labels/&lt;id&gt;.json with its citation and hand labels.
/// </summary>
internal sealed class MadeUpCorpus : IDisposable
{
    public const string Id = "en-900-kon-tum-attapeu-made-up";

    public const string Url = "https://news.example/kon-tum-attapeu?id=900&lang=en";

    public const string Text =
        "Kon Tum and Attapeu sign a memorandum on cooperation\n\n"
        + "On March 11, 2024, the People's Committee of Kon Tum province (Vietnam) and the administration of Attapeu "
        + "province (Laos) signed a memorandum of understanding on cooperation for the 2024-2028 period in education, "
        + "trade and agriculture.\n";

    private readonly TemporaryDirectory _directory = new();

    public MadeUpCorpus()
    {
        Directory.CreateDirectory(Path.Combine(Root, "texts"));
        Directory.CreateDirectory(Labels);
        var bytes = Encoding.UTF8.GetBytes(Text);
        File.WriteAllBytes(TextFile, bytes);
        ContentHash = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(bytes));
        var label = new
        {
            id = Id,
            url = Url,
            publisher = "Example News",
            title = "Kon Tum and Attapeu sign a memorandum on cooperation",
            language = "en",
            publishedOn = "2024-03-12",
            contentHash = ContentHash,
            partnerCountries = new[] { "LA" },
            classes = new[] { "period" },
            events = new[]
            {
                new
                {
                    kind = "mou",
                    status = "concluded",
                    background = false,
                    parties = new[] { new { unit = "VN-28", level = "provincial_government" }, new { unit = "LA-AT", level = "provincial_government" } },
                    signedOn = "2024-03-11",
                    period = new { start = 2024, end = 2028 },
                    fields = new[] { "agriculture", "education", "trade" },
                },
            },
        };
        File.WriteAllText(Path.Combine(Labels, Id + ".json"), JsonSerializer.Serialize(label));
    }

    public string Root => _directory.Path;

    public string Labels => Path.Combine(Root, "labels");

    public string TextFile => Path.Combine(Root, "texts", Id + ".txt");

    public string ContentHash { get; }

    public string DocumentId => ContentHash[7..23];

    public void Dispose() => _directory.Dispose();
}
