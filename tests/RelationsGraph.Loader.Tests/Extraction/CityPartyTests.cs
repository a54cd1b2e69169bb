using Xunit;

namespace RelationsGraph.Loader.Tests.Extraction;

/// <summary>
/// A city and the first-level unit it lies in, both named as parties of one event, are one party: the one the event's
/// first statement names. The score rolls cities up to their province, so this is checked here unit by unit.
/// </summary>
public sealed class CityPartyTests
{
    [Fact]
    public async Task A_city_that_signs_stays_the_party_beside_its_prefecture_in_brackets()
    {
        var file = Path.Combine(TestPaths.RegressionCorpus, "texts", "en-081-city-with-its-prefecture-signs.txt");

        var relation = Assert.Single((await Extracted.FromAsync(file)).Facts.Relations);

        Assert.Equal(["JP-40-IIZUKA", "VN-25"], relation.PartyIds.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_flight_to_a_city_of_the_state_leaves_the_meeting_with_the_state()
    {
        const string text = """
            Can Tho, Western Australia bolster ties
             date 2024-09-13 Can Tho, Western Australia bolster ties
            Officials from Can Tho and the Australian state of Western Australia discussed cooperation in education and agriculture at a meeting in Can Tho on September 12.Last month, an airline opened a direct flight from Can Tho to Perth city of Western Australia, which will help visitors of both sides, the Can Tho official said.The guests asked Can Tho to step up collaboration in vocational training.
            """;
        using var directory = new Testing.TemporaryDirectory();
        var file = directory.File("article.txt");
        await File.WriteAllTextAsync(file, text + "\n", TestContext.Current.CancellationToken);

        var relation = Assert.Single((await Extracted.FromAsync(file)).Facts.Relations);

        Assert.Equal(["AU-WA", "VN-CT"], relation.PartyIds.Order(StringComparer.Ordinal));
        Assert.Equal(Facts.PartyLevel.ProvincialGovernment, relation.Level);
    }
}
