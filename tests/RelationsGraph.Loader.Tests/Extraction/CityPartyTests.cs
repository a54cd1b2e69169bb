using Xunit;

namespace RelationsGraph.Loader.Tests.Extraction;

/// <summary>
/// A city and the first-level unit it lies in, both named as parties of one event, are one party: the one the event's
/// first statement names. The score rolls cities up to their province, so these regression articles are checked here
/// unit by unit.
/// </summary>
public sealed class CityPartyTests
{
    [Theory]
    [InlineData("en-081-city-with-its-prefecture-signs", "JP-40-IIZUKA", "VN-25")]
    [InlineData("en-082-flight-to-a-city-of-the-state", "AU-WA", "VN-CT")]
    public async Task A_city_named_with_its_own_province_is_one_party(string article, string partner, string province)
    {
        var file = Path.Combine(TestPaths.RegressionCorpus, "texts", article + ".txt");

        var relation = Assert.Single((await Extracted.FromAsync(file)).Facts.Relations);

        Assert.Equal([partner, province], relation.PartyIds.Order(StringComparer.Ordinal));
    }
}
