using RelationsGraph.Extraction.Documents;
using Xunit;

namespace RelationsGraph.Loader.Tests.Extraction;

public sealed class ImageTeaserTests
{
    private const string Summary = "Trước đó, hai tỉnh Điện Biên và Luông Pha Băng đã ký biên bản hợp tác giai đoạn 2023 – 2027.";

    [Theory]
    [InlineData("![](https://example.com/a.jpg) " + Summary)]
    [InlineData("![]() " + Summary + " |")]
    [InlineData("![ảnh minh họa](a.jpg)" + Summary + " | |")]
    [InlineData("[![](a.jpg)](https://example.com/tin-khac.html) " + Summary)]
    public void The_text_after_an_opening_image_is_the_line_without_image_and_cell_bars(string line)
    {
        var after = LineKinds.AfterImage(line, TextLine.Split(line)[0]);

        Assert.NotNull(after);
        Assert.Equal(Summary, line[after.Value.TrimmedStart..after.Value.TrimmedEnd]);
    }

    [Theory]
    [InlineData(Summary)]
    [InlineData("Xem ảnh ![](a.jpg) " + Summary)]
    [InlineData("![chưa đóng ngoặc " + Summary)]
    public void A_line_that_does_not_open_with_a_whole_image_has_no_text_after_one(string line) =>
        Assert.Null(LineKinds.AfterImage(line, TextLine.Split(line)[0]));

    [Fact]
    public void A_teaser_behind_an_image_is_read_as_a_link_to_another_article_and_a_lone_image_is_left_out()
    {
        var text = "Tỉnh Lai Châu tiếp đoàn công tác của tỉnh Phông Xa Lỳ\n"
            + "Chiều 9/4, lãnh đạo tỉnh Lai Châu đã tiếp đoàn công tác của tỉnh Phông Xa Lỳ sang thăm và làm việc.\n"
            + "![]() " + Summary + " |\n"
            + "![]() |\n";

        var layout = PlainTextLayout.Analyze(text);

        var teaser = Assert.Single(layout.Related);
        Assert.True(teaser.Inline);
        Assert.Equal(Summary, text[teaser.Headline.Start..teaser.Headline.End]);
        var body = Assert.Single(layout.Body);
        Assert.StartsWith("Chiều 9/4", text[body.Start..body.End], StringComparison.Ordinal);
    }
}
