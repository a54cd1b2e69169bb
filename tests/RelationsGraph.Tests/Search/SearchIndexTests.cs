using RelationsGraph.Search;
using Xunit;

namespace RelationsGraph.Tests.Search;

public sealed class SearchIndexTests
{
    [Fact]
    public async Task Search_ignores_case_and_diacritics_and_ranks_numbers_and_titles_before_quotes()
    {
        var graph = await SeedGraph.LoadAsync();

        var hits = graph.Search.Search("481/kh-ubnd");

        Assert.Equal(SearchField.InstrumentNumber, hits[0].Field);
        Assert.Equal("bac-giang-plan-481-kh-ubnd-2022", hits[0].Instrument?.Id);
        Assert.Contains(hits, hit => hit.Field == SearchField.EvidenceQuote);
        Assert.Equal(hits.Select(hit => hit.Score).OrderDescending(), hits.Select(hit => hit.Score));
    }

    [Theory]
    [InlineData("xay som bun")]
    [InlineData("XAY SỔM BÚN")]
    [InlineData("Xay Sổm Bun")]
    public async Task Every_spelling_with_or_without_diacritics_finds_the_same_hits(string query)
    {
        var graph = await SeedGraph.LoadAsync();

        var hits = graph.Search.Search(query);

        Assert.Equal(graph.Search.Search("xay som bun").Count, hits.Count);
        Assert.NotEmpty(hits);
    }

    [Fact]
    public async Task People_are_found_by_name_and_lead_to_what_they_signed()
    {
        var graph = await SeedGraph.LoadAsync();

        var hit = Assert.Single(graph.Search.Search("sivilay"), hit => hit.Field == SearchField.PersonName);

        Assert.Equal("son-la-xieng-khouang-minutes-2022-2024", hit.Instrument?.Id);
        Assert.Equal("Sivilay Sengchalern", hit.Person?.Person.Name);
    }

    [Fact]
    public void Every_word_must_match_and_the_last_may_be_the_start_of_a_longer_one()
    {
        var index = SearchIndex.Build([Hit("Cooperation agreement of Bac Giang"), Hit("Cooperation minutes of Son La")]);

        Assert.Equal(2, index.Search("cooperation").Count);
        Assert.Single(index.Search("cooperation bac"));
        Assert.Single(index.Search("son la"));
        Assert.Empty(index.Search("son l"));
        Assert.Single(index.Search("agree"));
        Assert.Empty(index.Search("ag"));
        Assert.Empty(index.Search("cooperation hanoi"));
        Assert.Empty(index.Search("  ,; "));
    }

    [Fact]
    public void A_prefix_shared_by_several_words_finds_each_entry_once_in_order()
    {
        var index = SearchIndex.Build([Hit("Cooperation plan"), Hit("Cooperative and cooperation"), Hit("Minutes"), Hit("Cooperatives")]);

        Assert.Equal(["Cooperation plan", "Cooperative and cooperation", "Cooperatives"], index.Search("coop").Select(hit => hit.Text).Order(StringComparer.Ordinal));
        Assert.Single(index.Search("cooperation plan"));
    }

    [Fact]
    public void A_very_long_word_is_kept_to_its_first_64_letters()
    {
        var word = new string('a', 64) + "tail";
        var index = SearchIndex.Build([Hit(word)]);

        Assert.Equal([new string('a', 64)], SearchIndex.Tokens(word));
        Assert.Single(index.Search(word));
    }

    [Fact]
    public void Words_are_folded_like_place_names() =>
        Assert.Equal(["ke", "hoach", "so", "481", "kh", "ubnd", "dong"], SearchIndex.Tokens("Kế hoạch số 481/KH-UBND, đồng"));

    [Fact]
    public void Words_sharing_long_beginnings_are_each_found_whole_and_by_every_prefix()
    {
        // Words that agree on their first 4, 8 and 12 letters, differ only past them or in length, and hold letters
        // beyond ASCII (up to U+9F8D), in no particular order: the index sorts them by groups of four letters, and a word sorted out
        // of place would be missed by the exact search or cut a prefix's run of words short.
        string[] words =
        [
            "instrumentation", "instrument", "instrumentalist", "instrumental", "instrumentă", "instrumentz", "instr",
            "inst", "ins", "instrumentalists", "12345678901", "1234567890", "123456789", "12345678", "1234567", "1234",
            "123", "12345678901234567", "thỏathuận", "thoa", "thoathuan", "thoathuana", "đồngý", "dongy", "dong",
            "москвабад", "москва", "ωμέγαλ", "ωμέγα", "龍山市", "龍山", "山", "北京市民",
        ];
        var index = SearchIndex.Build(words.Select(Hit));

        var folded = words.Select(word => string.Concat(SearchIndex.Tokens(word))).ToList();

        foreach (var word in folded)
        {
            // Beginnings shorter than 3 letters are matched whole.
            foreach (var length in new[] { 3, 5, 9, word.Length }.Where(length => length <= word.Length))
            {
                var beginning = word[..length];
                var expected = words.Where((_, i) => length >= 3 ? folded[i].StartsWith(beginning, StringComparison.Ordinal) : folded[i] == beginning);
                Assert.Equal(expected, index.Search(beginning).Select(hit => hit.Text));
            }
        }

        // A word before the last is matched whole, never as a beginning.
        Assert.Equal(["instrument"], index.Search("instrument instr").Select(hit => hit.Text));
        Assert.Equal(["1234"], index.Search("1234 123").Select(hit => hit.Text));
        Assert.Equal(["dong"], index.Search("dong don").Select(hit => hit.Text));
        Assert.Empty(index.Search("instrumen instr"));
    }

    private static SearchHit Hit(string text) => new(SearchField.InstrumentTitle, text, null, null, null, null, null, null, 0);
}
