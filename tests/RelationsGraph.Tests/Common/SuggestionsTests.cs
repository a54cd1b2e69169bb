using RelationsGraph.Common;
using Xunit;

namespace RelationsGraph.Tests.Common;

public sealed class SuggestionsTests
{
    [Theory]
    [InlineData("Bac Gang", "Bac Giang")]
    [InlineData("Quang Tre", "Quang Tri")]
    [InlineData("Xaysombun", "Xaisomboun")]
    [InlineData("Champasack", "Champasak")]
    [InlineData("Savanakhet", "Savannakhet")]
    public async Task A_misspelt_province_suggests_the_closest_names_first(string typed, string first)
    {
        var graph = await SeedGraph.LoadAsync();

        var suggestions = graph.Directory.Suggest(typed);

        Assert.InRange(suggestions.Count, 1, Suggestions.MaxSuggestions);
        Assert.Equal(first, suggestions[0]);
    }

    [Fact]
    public void Nothing_close_gives_no_suggestion_and_long_input_costs_nothing()
    {
        (string, string)[] names = [("bacgiang", "Bac Giang"), ("sonla", "Son La")];

        Assert.Empty(Suggestions.Closest("Zzzzzzzz", names));
        Assert.Empty(Suggestions.Closest(new string('a', 10_000), names));
        Assert.Equal(["Son La"], Suggestions.Closest("Son Lq", names));
    }
}
