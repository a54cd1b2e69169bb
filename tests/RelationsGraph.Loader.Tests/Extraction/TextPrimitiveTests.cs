using RelationsGraph.Extraction.Rules;
using RelationsGraph.Extraction.Text;
using Xunit;

namespace RelationsGraph.Loader.Tests.Extraction;

public sealed class TextPrimitiveTests
{
    [Theory]
    [InlineData("thỏa", "thoả")]
    [InlineData("Hòa", "hoà")]
    [InlineData("KẾ", "kế")]
    public void Word_keys_ignore_case_and_tone_placement(string a, string b) =>
        Assert.Equal(WordKey.For(a), WordKey.For(b));

    [Theory]
    [InlineData("thăm", "tham")]
    [InlineData("ký", "kỳ")]
    [InlineData("đồng", "dong")]
    public void Word_keys_keep_vowel_qualities_and_tones(string a, string b) =>
        Assert.NotEqual(WordKey.For(a), WordKey.For(b));

    [Theory]
    [InlineData("Ngày 16/8, hai tỉnh ký kết", null, 8, 16)]
    [InlineData("ngày 09/12/2021", 2021, 12, 9)]
    [InlineData("ngày 25 tháng 8 năm 2022", 2022, 8, 25)]
    [InlineData("dated August 25, 2022", 2022, 8, 25)]
    [InlineData("on 5 March 2024", 2024, 3, 5)]
    [InlineData("Chiều 14/1, đoàn đến thăm", null, 1, 14)]
    public void Dates_are_read_as_precisely_as_written(string text, int? year, int month, int day)
    {
        var tokens = new TokenizedText(text);

        var date = Assert.Single(DateFinder.Find(tokens, 0, tokens.Count, ExtractionRules.Default.Dates).Dates);

        Assert.Equal((year, month, day), (date.Year, date.Month!.Value, date.Day!.Value));
    }

    [Theory]
    [InlineData("giảm 2/3 số hộ nghèo")]
    [InlineData("các ngày 13,14,15/4")]
    public void Fractions_and_day_lists_are_not_dates(string text)
    {
        var tokens = new TokenizedText(text);

        Assert.DoesNotContain(DateFinder.Find(tokens, 0, tokens.Count, ExtractionRules.Default.Dates).Dates, date => date.Day is not null);
    }

    [Theory]
    [InlineData("ký tháng 5 năm 2022 tại Viêng Chăn", 2022, 5)]
    [InlineData("ký kết năm 2023 tại Viêng Chăn", 2023, null)]
    [InlineData("signed in November 2004 in Vientiane", 2004, 11)]
    public void Dates_beginning_with_a_month_or_year_word_are_read(string text, int year, int? month)
    {
        var tokens = new TokenizedText(text);

        var date = Assert.Single(DateFinder.Find(tokens, 0, tokens.Count, ExtractionRules.Default.Dates).Dates);

        Assert.Equal((year, month, (int?)null), (date.Year!.Value, date.Month, date.Day));
    }

    [Fact]
    public void Every_word_of_the_date_forms_is_looked_at_by_the_date_finder()
    {
        // The finder passes over a token that is no number and none of DateForms.Words; a form left out of that set
        // would silently never begin a date.
        var forms = ExtractionRules.Default.Dates;
        var words = typeof(DateForms).GetProperties()
            .Where(property => property.Name != nameof(DateForms.Words))
            .Select(property => property.GetValue(forms) is IEnumerable<string> set ? set
                : property.PropertyType.GetProperty("Keys")?.GetValue(property.GetValue(forms)) as IEnumerable<string>)
            .OfType<IEnumerable<string>>()
            .SelectMany(table => table)
            .ToList();

        Assert.Contains("aug", words);
        Assert.Contains(forms.DayNouns.First(), words);
        Assert.All(words, word => Assert.True(forms.Words.Contains(word), $"\"{word}\" is a word of the date forms but not in DateForms.Words"));
    }

    [Fact]
    public void A_ranges_dates_are_found_once_and_each_range_keeps_its_own()
    {
        const string Text = "Ngày 16/8, hai tỉnh ký kết. Từ năm 2022 đến năm 2026, hai bên hợp tác.";
        var tokens = new TokenizedText(Text);
        var index = new RelationsGraph.Extraction.Relations.TextIndex(tokens, ExtractionRules.Default);
        var second = Enumerable.Range(0, tokens.Count).First(k => tokens[k].Start == Text.IndexOf("Từ", StringComparison.Ordinal));

        var first = index.DatesIn(0, second);
        var again = index.DatesIn(0, second);
        var other = index.DatesIn(second, tokens.Count);
        var firstAfterOther = index.DatesIn(0, second);

        Assert.Same(first.Dates, again.Dates);
        Assert.Equal((8, 16), (Assert.Single(first.Dates).Month!.Value, first.Dates[0].Day!.Value));
        Assert.Empty(first.Periods);
        Assert.Equal((2022, 2026), (Assert.Single(other.Periods).From, other.Periods[0].To));
        Assert.Empty(other.Dates);
        Assert.Equal(first.Dates, firstAfterOther.Dates);
    }

    [Fact]
    public void A_day_and_month_is_dated_by_the_latest_such_day_up_to_a_week_after_the_reference()
    {
        var tokens = new TokenizedText("Ngày 20/8, hai tỉnh ký kết");
        var date = Assert.Single(DateFinder.Find(tokens, 0, tokens.Count, ExtractionRules.Default.Dates).Dates);

        Assert.Equal(new DateOnly(2022, 8, 20), date.ResolveWith(new DateOnly(2022, 8, 22), 0));
        Assert.Equal(new DateOnly(2021, 8, 20), date.ResolveWith(new DateOnly(2022, 8, 10), 0));
        Assert.Equal(new DateOnly(2022, 8, 20), date.ResolveWith(new DateOnly(2022, 8, 15), 7));
    }

    [Fact]
    public void Periods_are_read_but_anniversary_ranges_of_full_dates_are_not()
    {
        var tokens = new TokenizedText("giai đoạn 2022 – 2024, kỷ niệm (5/9/1962-5/9/2022)");

        var period = Assert.Single(DateFinder.Find(tokens, 0, tokens.Count, ExtractionRules.Default.Dates).Periods);

        Assert.Equal((2022, 2024), (period.From, period.To));
    }

    [Theory]
    [InlineData("Tỉnh Xay Sổm Bun và tỉnh Sơn La ký biên bản hợp tác")]
    [InlineData("Tinh Xay Som Bun va tinh Son La ky bien ban hop tac")]
    [InlineData("XAISOMBOUN and SON LA sign cooperation minutes")]
    [InlineData("Xaysomboun province and Son La province sign cooperation minutes")]
    public async Task Place_names_are_found_whatever_the_case_spacing_and_diacritics(string sentence)
    {
        using var directory = new Testing.TemporaryDirectory();
        var file = directory.File("sentence.txt");
        await File.WriteAllTextAsync(file, sentence + "\n", TestContext.Current.CancellationToken);

        var (facts, _) = await Extracted.FromAsync(file);

        Assert.Equal(["LA-XS", "VN-05"], Assert.Single(facts.Relations).PartyIds);
    }
}
