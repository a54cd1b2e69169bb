using System.Text;
using RelationsGraph.Extraction;
using RelationsGraph.Extraction.Documents;
using RelationsGraph.Extraction.Rules;
using Xunit;

namespace RelationsGraph.Loader.Tests.Extraction;

/// <summary>
/// A provincial paper writes of its own province's districts without naming the province: a district the gazetteer
/// lacks, named with neither a province nor a country, lies in the publisher's province (Rules/publishers.tsv), and
/// only in a text that names no Vietnamese unit.
/// </summary>
public sealed class PublisherProvinceTests
{
    private const string DistrictsSign =
        "On March 14, 2025, officials of Tam Duong district and Khua district of Phongsaly province, Laos, signed a memorandum of understanding on cooperation for 2025-2027.";

    [Fact]
    public async Task Every_listed_publisher_names_a_Vietnamese_province_of_the_gazetteer()
    {
        var names = await Extracted.NamesAsync();

        Assert.NotEmpty(ExtractionRules.Default.Publishers);
        Assert.All(ExtractionRules.Default.Publishers, publisher =>
        {
            Assert.True(names.TryGetUnits(Gazetteer.NameKey.Normalize(publisher.Value), out var units), publisher.Key);
            Assert.Contains(units, unit => unit.IsFirstLevel && unit.Country.Code == "VN");
        });
    }

    [Theory]
    [InlineData("https://baolaichau.vn/doi-ngoai/article-1.html")]
    [InlineData("https://en.baolaichau.vn/article-1.html")]
    public async Task District_without_its_province_lies_in_the_province_of_its_provincial_paper(string url)
    {
        var relation = Assert.Single(await ExtractAsync(DistrictsSign, url));

        Assert.Equal(["LA-PH", "VN-01"], relation.PartyIds.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("https://en.vietnamplus.vn/article-1.html")]
    [InlineData("https://baolaichau.vn.example.com/article-1.html")]
    [InlineData(null)]
    public async Task District_without_its_province_in_any_other_publication_is_no_party(string? url)
    {
        var relations = await ExtractAsync(DistrictsSign, url);

        Assert.DoesNotContain(relations, relation => relation.PartyIds.Count() > 1);
    }

    [Fact]
    public async Task Text_naming_a_Vietnamese_province_keeps_its_own_units()
    {
        var relations = await ExtractAsync(
            "On March 14, 2025, Dien Bien province and Khua district of Phongsaly province, Laos, signed a memorandum of understanding; Tam Duong district sent a delegation.",
            "https://baolaichau.vn/article-1.html");

        Assert.DoesNotContain(relations, relation => relation.PartyIds.Contains("VN-01"));
    }

    private static async Task<IReadOnlyList<ExtractedRelation>> ExtractAsync(string body, string? url)
    {
        var names = await Extracted.NamesAsync();
        var bytes = Encoding.UTF8.GetBytes("Districts sign a memorandum\n" + body + "\n");
        var document = DocumentReader.Read(bytes, "article.txt", new DocumentReaderOptions()) with { DeclaredUrl = url };
        var relations = new RelationSet();
        relations.Add(new DocumentExtractor(names, TimeProvider.System).Extract(document));
        return relations.Merge(names).Relations;
    }
}
