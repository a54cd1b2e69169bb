using RelationsGraph.Gazetteer;
using Xunit;

namespace RelationsGraph.Tests.Gazetteer;

public sealed class NameKeyTests
{
    [Theory]
    [InlineData("Xay Sổm Bun", "xaysombun")]
    [InlineData("xay-som-bun", "xaysombun")]
    [InlineData("XAY SOM BUN", "xaysombun")]
    [InlineData("Đắk Lắk", "daklak")]
    [InlineData("đắc lắc", "daclac")]
    [InlineData("Hòa Bình", "hoabinh")]
    [InlineData("Hoà Bình", "hoabinh")]
    [InlineData("Bà Rịa – Vũng Tàu", "bariavungtau")]
    [InlineData("Thừa Thiên-Huế", "thuathienhue")]
    [InlineData("Xa-van-na-khẹt", "xavannakhet")]
    [InlineData("Champasak Province", "champasakprovince")]
    [InlineData("  Lào Cai. ", "laocai")]
    public void Normalize_ignores_case_spaces_hyphens_punctuation_and_diacritics(string name, string expected) =>
        Assert.Equal(expected, NameKey.Normalize(name));

    [Fact]
    public void Normalize_handles_decomposed_text_like_composed_text()
    {
        var composed = "Sơn La";
        var decomposed = composed.Normalize(System.Text.NormalizationForm.FormD);

        Assert.Equal(NameKey.Normalize(composed), NameKey.Normalize(decomposed));
    }

    [Fact]
    public void Normalize_keeps_letters_of_other_scripts()
    {
        Assert.Equal("广西", NameKey.Normalize("广西"));
        Assert.NotEmpty(NameKey.Normalize("ແຂວງໄຊສົມບູນ"));
    }

    [Theory]
    [InlineData("Ｘａｙｓｏｍｂｏｕｎ", "xaysomboun")]
    [InlineData("ＸＡＹ ＳỔＭ ＢＵＮ", "xaysombun")]
    [InlineData("Xay\u2010Som\u2013Bun", "xaysombun")]
    [InlineData("ﬁnland", "finland")]
    public void Normalize_treats_compatibility_forms_and_every_dash_as_plain_text(string name, string expected) =>
        Assert.Equal(expected, NameKey.Normalize(name));

    [Theory]
    [InlineData("LA\u2010XS")]
    [InlineData("LA\u2011XS")]
    [InlineData("LA\u2013XS")]
    [InlineData("LA\u2014XS")]
    [InlineData("LA\u2212XS")]
    [InlineData("ＬＡ－ＸＳ")]
    [InlineData(" LA-XS ")]
    public void Codes_with_any_dash_or_compatibility_form_read_as_the_plain_code(string code) =>
        Assert.Equal("LA-XS", NameKey.NormalizeCode(code));
}
