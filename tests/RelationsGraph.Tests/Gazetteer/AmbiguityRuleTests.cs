using RelationsGraph.Gazetteer;
using Xunit;

namespace RelationsGraph.Tests.Gazetteer;

/// <summary>
/// The gazetteer's ambiguity rules (<see cref="PlaceRules"/>) on the real gazetteer: as the API's look-up applies them
/// (asked for a unit, optionally in a country) and as the extractor applies them to a name in running text.
/// </summary>
public sealed class AmbiguityRuleTests
{
    private static readonly DateOnly Today = new(2026, 1, 1);

    [Theory]
    [InlineData("Punjab", "PK", "PK-PB")]
    [InlineData("Punjab", "IN", "IN-PB")]
    [InlineData("Limburg", "BE", "BE-VLI")]
    [InlineData("Limburg", "NL", "NL-LI")]
    [InlineData("Luxembourg", "BE", "BE-WLX")]
    [InlineData("Luxembourg", "LU", "LU-LU")]
    [InlineData("Santa Cruz", "BO", "BO-S")]
    [InlineData("Santa Cruz", "AR", "AR-Z")]
    [InlineData("Central", "LK", "LK-2")]
    [InlineData("Nord", "FR", "FR-59")]
    [InlineData("Centre", "CM", "CM-CE")]
    [InlineData("Georgia", "US", "US-GA")]
    public async Task Look_up_in_a_country_finds_that_countrys_unit(string name, string country, string expected)
    {
        var snapshot = await SeedGraph.LoadAsync();

        Assert.Equal(expected, snapshot.Directory.Resolve(name, Today, country)?.Id);
    }

    [Theory]
    [InlineData("Central")]
    [InlineData("Centre")]
    [InlineData("Nord")]
    [InlineData("Est")]
    [InlineData("Capital")]
    [InlineData("Northern")]
    [InlineData("Western")]
    [InlineData("Eastern")]
    [InlineData("Tây Bắc")]
    [InlineData("Miền Trung")]
    [InlineData("Trung Ương")]
    public async Task Generic_name_alone_finds_no_unit(string name)
    {
        var snapshot = await SeedGraph.LoadAsync();

        Assert.Null(snapshot.Directory.Resolve(name, Today));
        Assert.Equal(PlaceVerdict.Generic, InText(snapshot, name).Verdict);
    }

    [Theory]
    [InlineData("Vientiane", "LA-VT")]
    [InlineData("Viêng Chăn", "LA-VT")]
    [InlineData("Vientiane Capital", "LA-VT")]
    [InlineData("Vientiane Province", "LA-VI")]
    [InlineData("tỉnh Viêng Chăn", "LA-VI")]
    [InlineData("Moscow", "RU-MOW")]
    [InlineData("Moscow Province", "RU-MOS")]
    [InlineData("Phnom Penh", "KH-12")]
    [InlineData("Phnôm Pênh", "KH-12")]
    [InlineData("Mexico City", "MX-CMX")]
    [InlineData("Thành phố México", "MX-CMX")]
    [InlineData("Mexico State", "MX-MEX")]
    [InlineData("Georgia", "US-GA")]
    [InlineData("Luxembourg", "LU-LU")]
    [InlineData("Limburg", "NL-LI")]
    [InlineData("Hồng Kông", "CN-HK")]
    public async Task Look_up_of_a_shared_name_follows_the_documented_order(string name, string expected)
    {
        var snapshot = await SeedGraph.LoadAsync();

        Assert.Equal(expected, snapshot.Directory.Resolve(name, Today)?.Id);
    }

    [Theory]
    [InlineData("2024-01-01", "VN-63")]
    [InlineData("2026-01-01", "CN-HA")] // Ha Nam merged into Ninh Binh on 2025-07-01; Henan's Vietnamese name remains
    public async Task Look_up_of_a_name_shared_with_a_vietnamese_unit_prefers_the_unit_existing_then_vietnams(string date, string expected)
    {
        var snapshot = await SeedGraph.LoadAsync();

        Assert.Equal(expected, snapshot.Directory.Resolve("Hà Nam", DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture))?.Id);
    }

    [Theory]
    [InlineData("Viêng Chăn", PlaceTypeHint.None, "LA-VT")]
    [InlineData("Viêng Chăn", PlaceTypeHint.City, "LA-VT")]
    [InlineData("Viêng Chăn", PlaceTypeHint.Province, "LA-VI")]
    [InlineData("Vientiane", PlaceTypeHint.Province, "LA-VI")]
    [InlineData("Moscow", PlaceTypeHint.None, "RU-MOW")]
    [InlineData("Moscow", PlaceTypeHint.Province, "RU-MOS")]
    [InlineData("Minsk", PlaceTypeHint.None, "BY-HM")]
    [InlineData("Minsk", PlaceTypeHint.Province, "BY-MI")]
    public async Task In_text_a_first_level_city_wins_over_its_namesake_unless_a_province_is_asked_for(string name, PlaceTypeHint type, string expected)
    {
        var snapshot = await SeedGraph.LoadAsync();

        var resolution = InText(snapshot, name, type: type);

        Assert.Equal(PlaceVerdict.Unit, resolution.Verdict);
        Assert.Equal(expected, Assert.Single(resolution.Units).Id);
    }

    [Theory]
    [InlineData("Georgia")]
    [InlineData("Luxembourg")]
    [InlineData("México")]
    [InlineData("Đài Loan")]
    public async Task In_text_a_unit_named_like_a_country_alone_is_the_country(string name)
    {
        var snapshot = await SeedGraph.LoadAsync();

        Assert.Equal(PlaceVerdict.Country, InText(snapshot, name).Verdict);
    }

    [Theory]
    [InlineData("Georgia", null, PlaceTypeHint.Province, "US-GA")]
    [InlineData("Georgia", "US", PlaceTypeHint.None, "US-GA")]
    [InlineData("Luxembourg", "BE", PlaceTypeHint.None, "BE-WLX")]
    [InlineData("México", null, PlaceTypeHint.Province, "MX-MEX")]
    [InlineData("Punjab", "PK", PlaceTypeHint.None, "PK-PB")]
    [InlineData("Punjab", "IN", PlaceTypeHint.Province, "IN-PB")]
    [InlineData("Limburg", "BE", PlaceTypeHint.None, "BE-VLI")]
    [InlineData("Central", "LK", PlaceTypeHint.None, "LK-2")]
    [InlineData("Hồng Kông", null, PlaceTypeHint.None, "CN-HK")]
    public async Task In_text_a_type_word_or_a_country_named_nearby_resolves_the_name(string name, string? country, PlaceTypeHint type, string expected)
    {
        var snapshot = await SeedGraph.LoadAsync();

        var resolution = InText(snapshot, name, country, type);

        Assert.Equal(PlaceVerdict.Unit, resolution.Verdict);
        Assert.Equal(expected, Assert.Single(resolution.Units).Id);
    }

    [Theory]
    [InlineData("Punjab")]
    [InlineData("Limburg")]
    [InlineData("Santa Cruz")]
    [InlineData("Saint George")]
    public async Task In_text_a_name_several_foreign_countries_share_is_ambiguous_without_a_country(string name)
    {
        var snapshot = await SeedGraph.LoadAsync();

        Assert.Equal(PlaceVerdict.Ambiguous, InText(snapshot, name).Verdict);
    }

    [Fact]
    public async Task In_text_a_name_shared_with_a_vietnamese_unit_keeps_vietnams()
    {
        var snapshot = await SeedGraph.LoadAsync();

        var resolution = InText(snapshot, "Hà Nam");

        Assert.Equal(PlaceVerdict.Unit, resolution.Verdict);
        Assert.Equal("VN-63", PlaceRules.Choose(resolution.Units, NameKey.Normalize("Hà Nam"), new DateOnly(2024, 1, 1)).Id);
    }

    [Fact]
    public async Task No_name_of_a_unit_of_the_seven_first_countries_is_generic()
    {
        var snapshot = await SeedGraph.LoadAsync();

        var generic = snapshot.Units
            .Where(unit => unit.Country.Code is "VN" or "LA" or "KH" or "CN" or "TH" or "JP" or "KR")
            .SelectMany(unit => unit.Names.Where(PlaceRules.IsGenericName).Select(name => $"{unit.Id} {name}"));

        Assert.Empty(generic);
    }

    [Theory]
    [InlineData("Thượng Hải", "CN-SH")]
    [InlineData("Thanh Hải", "CN-QH")]
    [InlineData("Hải Nam", "CN-HI")]
    [InlineData("Cao Bằng", "VN-04")]
    public async Task In_text_a_name_made_of_common_syllables_is_still_its_unit(string name, string expected)
    {
        var snapshot = await SeedGraph.LoadAsync();

        var resolution = InText(snapshot, name);

        Assert.Equal(PlaceVerdict.Unit, resolution.Verdict);
        Assert.Contains(resolution.Units, unit => unit.Id == expected);
    }

    private static PlaceResolution InText(Snapshots.RelationSnapshot snapshot, string name, string? country = null, PlaceTypeHint type = PlaceTypeHint.None)
    {
        var key = NameKey.Normalize(name);
        return PlaceRules.Narrow(key, snapshot.Directory.FindAll(name), new PlaceQuery(country, type), snapshot.Directory.Names);
    }
}
