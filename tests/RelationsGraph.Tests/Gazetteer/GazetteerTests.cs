using System.Text.RegularExpressions;
using Xunit;

namespace RelationsGraph.Tests.Gazetteer;

/// <summary>The gazetteer in graph-seed: complete, correctly coded, and found by every name in real use.</summary>
public sealed partial class GazetteerTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Theory]
    [InlineData("VN", "2025-06-30", 63)]
    [InlineData("VN", "2025-07-01", 34)]
    [InlineData("LA", "2026-01-01", 18)]
    [InlineData("KH", "2026-01-01", 25)]
    [InlineData("CN", "2026-01-01", 34)]
    [InlineData("TH", "2026-01-01", 78)] // 76 provinces, Bangkok and Pattaya (TH-S, a special administrative city in ISO 3166-2)
    [InlineData("JP", "2026-01-01", 47)]
    [InlineData("KR", "2026-01-01", 17)]
    public async Task Country_has_every_first_level_unit_valid_on_the_date(string country, string date, int expected)
    {
        var snapshot = await SeedGraph.LoadAsync();

        var valid = snapshot.CountryByCode[country].Units.Count(unit => unit.IsValidOn(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(expected, valid);
    }

    [Theory]
    [InlineData("Xaisomboun", "LA-XS")]
    [InlineData("Xaysomboun", "LA-XS")]
    [InlineData("Xay Som Bun", "LA-XS")]
    [InlineData("Xay Sổm Bun", "LA-XS")]
    [InlineData("Champasak", "LA-CH")]
    [InlineData("Champassak", "LA-CH")]
    [InlineData("Chăm Pa Sắc", "LA-CH")]
    [InlineData("Xieng Khouang", "LA-XI")]
    [InlineData("Xiengkhuang", "LA-XI")]
    [InlineData("Xiêng Khoảng", "LA-XI")]
    [InlineData("Khăm Muộn", "LA-KH")]
    [InlineData("Savanakhet", "LA-SV")]
    [InlineData("Vientiane Capital", "LA-VT")]
    [InlineData("Vientiane", "LA-VT")]
    [InlineData("Viêng Chăn", "LA-VT")]
    [InlineData("Vientiane Province", "LA-VI")]
    [InlineData("tỉnh Viêng Chăn", "LA-VI")]
    [InlineData("Guangxi", "CN-GX")]
    [InlineData("Quảng Tây", "CN-GX")]
    [InlineData("Guangxi Zhuang Autonomous Region", "CN-GX")]
    [InlineData("Ehime", "JP-38")]
    [InlineData("Bắc Giang", "VN-54")]
    [InlineData("bac giang", "VN-54")]
    [InlineData("Sơn La", "VN-05")]
    [InlineData("TP.HCM", "VN-2025-HO-CHI-MINH-CITY")]
    [InlineData("Thừa Thiên Huế", "VN-26")]
    [InlineData("Đắk Lắk", "VN-2025-DAK-LAK")]
    [InlineData("Lục Ngạn", "VN-54-LUC-NGAN")]
    [InlineData("A-nu-vông", "LA-XS-ANOUVONG")]
    public async Task Name_variant_resolves_to_its_unit(string name, string expectedId)
    {
        var snapshot = await SeedGraph.LoadAsync();

        Assert.Equal(expectedId, snapshot.Directory.Resolve(name, Today)?.Id);
    }

    [Theory]
    [InlineData("Bac Ninh", "2024-01-01", "VN-56")]
    [InlineData("Bac Ninh", "2025-07-01", "VN-2025-BAC-NINH")]
    [InlineData("Quang Tri", "2022-08-22", "VN-25")]
    [InlineData("Quang Tri", "2026-01-01", "VN-2025-QUANG-TRI")]
    [InlineData("Can Tho", "2025-06-30", "VN-CT")]
    [InlineData("Can Tho", "2025-07-01", "VN-2025-CAN-THO")]
    public async Task Name_shared_across_the_2025_merger_resolves_by_date(string name, string date, string expectedId)
    {
        var snapshot = await SeedGraph.LoadAsync();

        Assert.Equal(expectedId, snapshot.Directory.Resolve(name, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture))?.Id);
    }

    [Theory]
    [InlineData("VN-54", "VN-2025-BAC-NINH")]
    [InlineData("VN-58", "VN-2025-DONG-NAI")]
    [InlineData("VN-03", "VN-2025-TUYEN-QUANG")]
    [InlineData("VN-24", "VN-2025-QUANG-TRI")]
    [InlineData("VN-28", "VN-2025-QUANG-NGAI")]
    [InlineData("VN-52", "VN-2025-CAN-THO")]
    [InlineData("VN-73", "VN-2025-CAN-THO")]
    [InlineData("VN-50", "VN-2025-VINH-LONG")]
    [InlineData("VN-51", "VN-2025-VINH-LONG")]
    public async Task Merged_unit_is_succeeded_by_its_2025_province(string predecessor, string successor)
    {
        var snapshot = await SeedGraph.LoadAsync();

        var link = Assert.Single(snapshot.Directory.FindById(predecessor)!.Successors);
        Assert.Equal(successor, link.Unit.Id);
        Assert.Equal(new DateOnly(2025, 7, 1), link.EffectiveOn);
        Assert.Equal("Resolution 202/2025/QH15", link.Basis);
    }

    [Fact]
    public async Task Every_Vietnamese_unit_that_ended_in_2025_has_exactly_one_successor()
    {
        var snapshot = await SeedGraph.LoadAsync();

        var ended = snapshot.CountryByCode["VN"].Units.Where(unit => unit.Unit.ValidTo == new DateOnly(2025, 6, 30)).ToList();

        Assert.Equal(52, ended.Count);
        Assert.All(ended, unit => Assert.Single(unit.Successors));
        Assert.Equal(23, ended.Select(unit => unit.Successors[0].Unit).Distinct().Count());
    }

    [Fact]
    public async Task Unit_ids_are_iso_3166_2_codes_or_follow_the_documented_scheme()
    {
        var snapshot = await SeedGraph.LoadAsync();

        Assert.All(snapshot.Units, unit => Assert.Matches(IdPattern(), unit.Id));
        Assert.All(snapshot.Units, unit => Assert.StartsWith(unit.Country.Code + "-", unit.Id, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Display_names_have_no_diacritics_and_vietnamese_names_are_recorded()
    {
        var snapshot = await SeedGraph.LoadAsync();

        Assert.All(snapshot.Units, unit => Assert.True(unit.Name.All(char.IsAscii), $"{unit.Id} '{unit.Name}' is not ASCII"));
        Assert.All(snapshot.CountryByCode["VN"].Units, unit => Assert.False(string.IsNullOrEmpty(unit.Unit.NameVi)));
        Assert.All(snapshot.CountryByCode["LA"].Units, unit => Assert.False(string.IsNullOrEmpty(unit.Unit.NameVi)));
    }

    [Fact]
    public async Task Search_finds_units_by_part_of_any_name()
    {
        var snapshot = await SeedGraph.LoadAsync();

        var found = snapshot.Directory.Search("somb").Select(unit => unit.Id).ToList();

        Assert.Contains("LA-XS", found);
    }

    [GeneratedRegex("^([A-Z]{2}-[A-Z0-9]{1,3}|VN-2025-[A-Z-]+|[A-Z]{2}-[A-Z0-9]{1,3}-[A-Z-]+)$")]
    private static partial Regex IdPattern();
}
