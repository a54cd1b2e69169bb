using RelationsGraph.Citations;
using Xunit;

namespace RelationsGraph.Tests.Citations;

public sealed class QuoteTextTests
{
    [Theory]
    [InlineData("Ủy ban nhân dân tỉnh \n\nBắc Giang và Chính quyền tỉnh Xay Sổm Bun", "vi", "Ủy ban nhân dân tỉnh Bắc Giang và Chính quyền tỉnh Xay Sổm Bun")]
    [InlineData("the co-\noperation agree-\r\nment for 2021-\n2025", "en", "the cooperation agreement for 2021-2025")]
    [InlineData("huyện A-nu-\nvông", "vi", "huyện A-nu-vông")]
    [InlineData("  spaced\t\tout  ", "en", "spaced out")]
    [InlineData("Việt- Hàn", "vi", "Việt- Hàn")]
    [InlineData("soft\u00ADhyphen", "en", "softhyphen")]
    [InlineData("Xieng-\nKhouang", "en", "Xieng-Khouang")]
    public void Line_breaks_and_hyphenation_of_extracted_text_are_joined(string raw, string language, string clean) =>
        Assert.Equal(clean, QuoteText.Clean(raw, language));

    [Theory]
    [InlineData("a single clean line, with one space between words", "en")]
    [InlineData("Ủy ban nhân dân tỉnh Bắc Giang", "vi")]
    public void A_quote_that_is_already_clean_is_given_back_as_it_is(string quote, string language) =>
        Assert.Same(quote, QuoteText.Clean(quote, language));

    [Theory]
    [InlineData(" leading", "leading")]
    [InlineData("trailing ", "trailing")]
    [InlineData("two  spaces", "two spaces")]
    [InlineData("a\u00A0no-break space", "a no-break space")]
    public void A_quote_with_any_other_whitespace_is_still_cleaned(string raw, string clean) =>
        Assert.Equal(clean, QuoteText.Clean(raw, "en"));

    [Fact]
    public async Task Seed_quotes_become_single_line_text()
    {
        var graph = await SeedGraph.LoadAsync();

        var quotes = graph.Documents.SelectMany(document => document.Evidence).Select(evidence => evidence.CleanQuote).OfType<string>().ToList();

        Assert.NotEmpty(quotes);
        Assert.All(quotes, quote => Assert.DoesNotContain('\n', quote));
        Assert.All(quotes, quote => Assert.DoesNotContain("  ", quote, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_citation_gives_title_publisher_date_url_and_the_clean_quote()
    {
        var graph = await SeedGraph.LoadAsync();
        var evidence = graph.InstrumentById["binh-phuoc-champasak-mou-2022-2026"].Evidence[0];

        var citation = Citation.Of(evidence);

        Assert.Equal("Tăng cường quan hệ hợp tác giữa tỉnh Bình Phước và Champasak (Lào)", citation.Title);
        Assert.Equal(new DateOnly(2022, 8, 22), citation.PublishedOn);
        Assert.StartsWith("“", citation.Text, StringComparison.Ordinal);
        Assert.EndsWith("— Tăng cường quan hệ hợp tác giữa tỉnh Bình Phước và Champasak (Lào), 2022-08-22", citation.Text, StringComparison.Ordinal);
    }
}
