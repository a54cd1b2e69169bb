using Xunit;

namespace RelationsGraph.Loader.Tests.Extraction;

/// <summary>
/// Partners anywhere in the world are found in articles (short texts written for these tests), and the gazetteer's
/// ambiguity rules decide what a shared, generic or country-like name means in running text.
/// </summary>
public sealed class WorldPlaceTests
{
    [Theory]
    [InlineData("Ngày 15/4/2024, tỉnh Quảng Ninh và vùng Île-de-France (Pháp) đã ký thỏa thuận hợp tác giai đoạn 2024-2028 về du lịch và đào tạo.", "FR-IDF", "VN-13")]
    [InlineData("On 10 May 2024, Nghe An province signed a memorandum of understanding with Russia's Rostov region on education cooperation for 2024-2027.", "RU-ROS", "VN-22")]
    [InlineData("Ngày 3/6/2024, tỉnh Thanh Hóa và Cộng hòa Bashkortostan (Liên bang Nga) ký biên bản ghi nhớ hợp tác về nông nghiệp.", "RU-BA", "VN-21")]
    [InlineData("Ngày 20/9/2023, tỉnh Hà Tĩnh ký thỏa thuận hợp tác với vùng Nouvelle-Aquitaine của Pháp giai đoạn 2023-2026.", "FR-NAQ", "VN-23")]
    [InlineData("Ngày 8/11/2023, tỉnh Quảng Ninh và bang Georgia (Hoa Kỳ) ký biên bản ghi nhớ hợp tác về giáo dục.", "US-GA", "VN-13")]
    [InlineData("Ngày 2/3/2024, tỉnh Nghệ An và tỉnh Punjab của Pakistan ký biên bản ghi nhớ hợp tác nông nghiệp.", "PK-PB", "VN-22")]
    [InlineData("Ngày 5/5/2024, tỉnh Thanh Hóa ký thỏa thuận hợp tác với tỉnh Limburg (Bỉ) giai đoạn 2024-2027.", "BE-VLI", "VN-21")]
    [InlineData("Ngày 5/5/2024, tỉnh Thanh Hóa ký thỏa thuận hợp tác với tỉnh Limburg (Hà Lan) giai đoạn 2024-2027.", "NL-LI", "VN-21")]
    [InlineData("Ngày 12/7/2024, tỉnh Hà Tĩnh và tỉnh Viêng Chăn (Lào) ký biên bản hợp tác giai đoạn 2024-2026.", "LA-VI", "VN-23")]
    [InlineData("Ngày 12/7/2024, tỉnh Hà Tĩnh và Thủ đô Viêng Chăn (Lào) ký biên bản hợp tác giai đoạn 2024-2026.", "LA-VT", "VN-23")]
    public async Task Partner_abroad_is_found(string text, string partner, string province)
    {
        var relation = Assert.Single((await ExtractAsync(text)).Relations);

        Assert.Equal([partner, province], relation.PartyIds.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Ngày 2/3/2024, tỉnh Nghệ An ký biên bản ghi nhớ hợp tác với Punjab về nông nghiệp.")]
    [InlineData("Ngày 8/11/2023, tỉnh Quảng Ninh ký biên bản ghi nhớ hợp tác với Georgia về du lịch.")]
    [InlineData("Ngày 5/5/2024, tỉnh Thanh Hóa ký thỏa thuận hợp tác với Limburg giai đoạn 2024-2027.")]
    [InlineData("On 5 May 2024, Thanh Hoa province signed a cooperation agreement with Centre for 2024-2027.")]
    [InlineData("Ngày 5/5/2024, tỉnh Thanh Hóa ký thỏa thuận hợp tác với Nord giai đoạn 2024-2027.")]
    [InlineData("On 5 May 2024, Thanh Hoa province signed a cooperation agreement with Central for 2024-2027.")]
    public async Task Shared_generic_or_country_name_alone_makes_no_party(string text)
    {
        var facts = await ExtractAsync(text);

        Assert.DoesNotContain(facts.Relations, relation => relation.PartyIds.Count() > 1);
    }

    [Theory]
    [InlineData("Ngày 14/5/2024, tỉnh Quảng Bình và thành phố Besançon (Pháp) ký biên bản ghi nhớ hợp tác về giáo dục.", "FR-BFC-BESANCON")]
    [InlineData("On 20 May 2024, Quang Binh province signed a memorandum of understanding with the German city of Erlangen on vocational training.", "DE-BY-ERLANGEN")]
    [InlineData("On 20 May 2024, Quang Binh province signed a memorandum of understanding with Erlangen city (Germany) on vocational training.", "DE-BY-ERLANGEN")]
    public async Task Town_marked_as_a_city_or_by_its_country_is_a_party(string text, string town)
    {
        var relation = Assert.Single((await ExtractAsync(text)).Relations);

        Assert.Equal([town, "VN-24"], relation.PartyIds.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("On 20 May 2024, Quang Binh province signed a memorandum of understanding with Erlangen on vocational training.")]
    [InlineData("On 20 May 2024, Quang Binh province and the Mission of Vietnam to the United Nations signed a memorandum of understanding on training.")]
    [InlineData("Ngày 14/5/2024, tỉnh Quảng Bình ký biên bản ghi nhớ hợp tác với Besançon về giáo dục.")]
    public async Task Town_name_without_a_city_word_or_its_own_country_is_no_party(string text)
    {
        var facts = await ExtractAsync(text);

        Assert.DoesNotContain(facts.Relations, relation => relation.PartyIds.Count() > 1);
    }

    private static async Task<RelationsGraph.Extraction.MergedFacts> ExtractAsync(string text)
    {
        using var directory = new Testing.TemporaryDirectory();
        var file = directory.File("article.txt");
        await File.WriteAllTextAsync(file, text + "\n", TestContext.Current.CancellationToken);
        return (await Extracted.FromAsync(file)).Facts;
    }
}
