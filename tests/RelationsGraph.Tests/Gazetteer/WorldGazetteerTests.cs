using System.Text.Json;
using RelationsGraph.Gazetteer;
using RelationsGraph.Testing;
using Xunit;

namespace RelationsGraph.Tests.Gazetteer;

/// <summary>
/// The imported gazetteer in the committed graph-seed: every country, every first-level unit ISO 3166-2 lists
/// (checked against Debian's iso-codes), Vietnamese names, adjectives, former units with their successors.
/// </summary>
public sealed class WorldGazetteerTests
{
    private const string IsoCodes = "/usr/share/iso-codes/json";

    // Where the first level differs from iso-codes' top level, and why (docs/graph-seed.md):
    // groupings replaced by the next level (CV, ID, MH, UG); codes CLDR marks as countries of their own (FI-01 Åland,
    // FR overseas collectivities, NL-AW/CW/SX, SH-TA, US outlying areas); ISO 3166-2 changes after iso-codes 4.15
    // that CLDR 48 has (DZ, ET, GT, IN, IQ, KP, KZ, LT, LV, ME, NP, PA).
    private static readonly HashSet<string> CountriesDifferingFromIsoCodes =
        ["CV", "DZ", "ET", "FI", "FR", "GT", "ID", "IN", "IQ", "KP", "KZ", "LT", "LV", "ME", "MH", "NL", "NP", "PA", "SH", "UG", "US"];

    [Fact]
    public async Task Every_iso_3166_1_country_is_in_the_gazetteer_with_english_and_vietnamese_names()
    {
        var snapshot = await SeedGraph.LoadAsync();
        var iso = ReadIso("iso_3166-1.json", "3166-1").Select(entry => entry.GetProperty("alpha_2").GetString()!).ToList();

        Assert.Equal(249, iso.Count);
        Assert.Equal(iso.Order(StringComparer.Ordinal), snapshot.Countries.Select(country => country.Code));
        Assert.All(snapshot.Countries, country => Assert.False(string.IsNullOrEmpty(country.Country.NameVi), country.Code));
        Assert.All(snapshot.Countries, country => Assert.Matches("^[A-Z]{3}$", country.Country.Alpha3 ?? ""));
    }

    [Fact]
    public async Task Every_top_level_iso_3166_2_code_is_a_unit_except_where_documented()
    {
        var snapshot = await SeedGraph.LoadAsync();
        var topLevel = ReadIso("iso_3166-2.json", "3166-2").Where(entry => !entry.TryGetProperty("parent", out _))
            .Select(entry => entry.GetProperty("code").GetString()!).ToList();

        var missing = topLevel.Where(code => snapshot.Directory.FindById(code) is null).ToList();
        var countsDiffer = topLevel.GroupBy(code => code[..2])
            .Where(group => group.Count() != snapshot.CountryByCode[group.Key].Units.Count(unit => unit.Unit.Source == GazetteerSources.Cldr))
            .Select(group => group.Key);

        Assert.True(topLevel.Count > 3_500);
        Assert.All(missing, code => Assert.Contains(code[..2], CountriesDifferingFromIsoCodes));
        Assert.All(countsDiffer, country => Assert.Contains(country, CountriesDifferingFromIsoCodes));
    }

    [Theory]
    [InlineData("FR", 18)] // 13 metropolitan regions and the 5 overseas departments-regions
    [InlineData("RU", 83)]
    [InlineData("US", 51)] // 50 states and DC; the outlying areas are ISO 3166-1 countries
    [InlineData("DE", 16)]
    [InlineData("AU", 8)]
    [InlineData("CA", 13)]
    [InlineData("IN", 36)]
    [InlineData("CU", 16)]
    [InlineData("MN", 22)]
    [InlineData("GB", 4)]
    [InlineData("BE", 3)]
    [InlineData("ID", 38)]
    [InlineData("TH", 78)]
    public async Task Country_has_its_first_level_units_today(string country, int expected)
    {
        var snapshot = await SeedGraph.LoadAsync();

        Assert.Equal(expected, snapshot.CountryByCode[country].Units.Count(unit => unit.IsValidOn(new DateOnly(2026, 1, 1))));
    }

    [Theory]
    [InlineData("FR-IDF", "Ile-de-France", "Île-de-France", "metropolitan_region")]
    [InlineData("FR-NAQ", "Nouvelle-Aquitaine", "Nouvelle-Aquitaine", "metropolitan_region")]
    [InlineData("RU-ROS", "Rostov", "Rostovskaja oblast'", "administrative_region")]
    [InlineData("RU-BA", "Bashkortostan", "Bashkortostan, Respublika", "republic")]
    [InlineData("RU-NEN", "Nenets", "Neneckij avtonomnyj okrug", "autonomous_district")]
    [InlineData("DE-BY", "Bavaria", "Bayern", "land")]
    [InlineData("US-CA", "California", "California", "state")]
    [InlineData("CU-03", "Havana", "La Habana", "province")]
    public async Task Unit_has_its_iso_code_type_english_and_local_name(string id, string name, string nameLocal, string type)
    {
        var snapshot = await SeedGraph.LoadAsync();

        var unit = snapshot.Directory.FindById(id)!;

        Assert.Equal((name, nameLocal, type), (unit.Name, unit.Unit.NameLocal, unit.Unit.Type));
    }

    [Theory]
    [InlineData("CN-YN", "Vân Nam")]
    [InlineData("CN-GX", "Quảng Tây")]
    [InlineData("CN-GD", "Quảng Đông")]
    [InlineData("LA-HO", "Hủa Phăn")]
    [InlineData("FR-IDF", "Île-de-France")]
    [InlineData("MX-CMX", "Thành phố México")]
    [InlineData("GB-WLS", "Xứ Wales")]
    public async Task Unit_has_its_vietnamese_name(string id, string nameVi)
    {
        var snapshot = await SeedGraph.LoadAsync();

        Assert.Equal(nameVi, snapshot.Directory.FindById(id)!.Unit.NameVi);
    }

    [Theory]
    [InlineData("CN")]
    [InlineData("LA")]
    [InlineData("KH")]
    [InlineData("RU")]
    public async Task Every_unit_of_the_country_has_a_vietnamese_name(string country)
    {
        var snapshot = await SeedGraph.LoadAsync();

        Assert.All(snapshot.CountryByCode[country].Units, unit => Assert.False(string.IsNullOrEmpty(unit.Unit.NameVi), unit.Id));
    }

    [Theory]
    [InlineData("LA", "Lào", "Laotian")]
    [InlineData("LA", "Lào", "Lao")]
    [InlineData("FR", "Pháp", "French")]
    [InlineData("US", "Hoa Kỳ", "American")]
    [InlineData("RU", "Nga", "Russian")]
    [InlineData("DE", "Đức", "German")]
    [InlineData("CN", "Trung Quốc", "Chinese")]
    [InlineData("JP", "Nhật Bản", "Japanese")]
    [InlineData("KR", "Hàn Quốc", "South Korean")]
    [InlineData("KH", "Campuchia", "Cambodian")]
    [InlineData("CU", "Cuba", "Cuban")]
    [InlineData("MN", "Mông Cổ", "Mongolian")]
    public async Task Country_has_its_vietnamese_name_and_adjective(string code, string nameVi, string adjective)
    {
        var snapshot = await SeedGraph.LoadAsync();

        var country = snapshot.CountryByCode[code];

        Assert.Equal(nameVi, country.Country.NameVi);
        Assert.Contains(country.Names, name => name.Kind == CountryNameKind.Adjective && name.Name == adjective);
    }

    [Theory]
    [InlineData("FR-B", "FR-NAQ", "2016-01-01")]
    [InlineData("FR-V", "FR-ARA", "2016-01-01")]
    [InlineData("FR-O", "FR-HDF", "2016-01-01")]
    [InlineData("TW-TPQ", "TW-NWT", "2010-12-25")]
    [InlineData("VN-54", "VN-2025-BAC-NINH", "2025-07-01")]
    public async Task Former_unit_is_succeeded_by_its_successor(string predecessor, string successor, string effectiveOn)
    {
        var snapshot = await SeedGraph.LoadAsync();

        var link = Assert.Single(snapshot.Directory.FindById(predecessor)!.Successors);

        Assert.Equal((successor, DateOnly.Parse(effectiveOn, System.Globalization.CultureInfo.InvariantCulture)), (link.Unit.Id, link.EffectiveOn));
    }

    [Theory]
    [InlineData("Aquitaine", "2015-06-01", "FR-B")]
    [InlineData("Rhône-Alpes", "2010-01-01", "FR-V")]
    [InlineData("Nouvelle-Aquitaine", "2024-01-01", "FR-NAQ")]
    public async Task Former_unit_is_found_by_its_name(string name, string date, string expected)
    {
        var snapshot = await SeedGraph.LoadAsync();

        Assert.Equal(expected, snapshot.Directory.Resolve(name, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture))?.Id);
    }

    [Theory]
    [InlineData("FR-NOR-LEHAVRE", "FR-NOR")] // a town of about 170,000 people (round towns)
    [InlineData("FR-BFC-BESANCON", "FR-BFC")]
    [InlineData("DE-BY-ERLANGEN", "DE-BY")]
    [InlineData("ES-CT-BARCELONA", "ES-CT")] // a major city keeps its name beside a smaller namesake (Barcelona, Venezuela)
    [InlineData("JP-23-CHITA", "JP-23")] // and so does a Japanese city beside Russia's Chita
    [InlineData("IN-TN-SALEM", "IN-TN")] // and an Indian city beside Salem, Oregon
    [InlineData("FR-ARA-LYON", "FR-ARA")] // a major city outside China, Japan and Korea needs four letters (round extraction-41)
    [InlineData("IN-MH-PUNE", "IN-MH")]
    public async Task Imported_city_or_town_lies_under_its_first_level_unit(string id, string parent)
    {
        var snapshot = await SeedGraph.LoadAsync();

        var unit = snapshot.Directory.FindById(id)!;

        Assert.Equal((UnitType.City, parent, GazetteerSources.WorldCities), (unit.Unit.Type, unit.Parent?.Id, unit.Unit.Source));
    }

    [Theory]
    [InlineData("VE", "Barcelona")] // a town named like a major city elsewhere
    [InlineData("RU", "Chita")]
    [InlineData("US", "Salem")]
    [InlineData("DE", "Wernigerode")] // fewer than 50,000 people
    [InlineData("HU", "Szentendre")]
    [InlineData("FR", "Brest")] // Belarus's Brest region has the name
    [InlineData("US", "St. Petersburg")] // Saint Petersburg, RU-SPE, written with its usual abbreviation
    [InlineData("SY", "Duma")] // four letters below the major cities: "Moscow City Duma" would name it
    [InlineData("CZ", "Most")]
    [InlineData("JP", "Kobe")] // four letters in China, Japan and Korea, where every city is imported
    public async Task Town_that_the_import_rules_leave_out_is_no_unit(string country, string name)
    {
        var seed = await RelationsGraph.Seed.GraphSeedReader.ReadAsync(RepositoryPaths.GraphSeed, TestContext.Current.CancellationToken);

        Assert.Contains(seed.Units, unit => unit.CountryCode == country);
        Assert.DoesNotContain(seed.Units, unit => unit.CountryCode == country && unit.Name == name);
    }

    [Fact]
    public async Task Hand_additions_are_marked_apart_from_imported_rows()
    {
        var seed = await RelationsGraph.Seed.GraphSeedReader.ReadAsync(RepositoryPaths.GraphSeed, TestContext.Current.CancellationToken);

        Assert.Equal(GazetteerSources.Hand, seed.Units.Single(unit => unit.Id == "VN-2025-BAC-NINH").Source);
        Assert.Equal(GazetteerSources.Cldr, seed.Units.Single(unit => unit.Id == "FR-IDF").Source);
        Assert.Contains(seed.UnitNames, name => name is { UnitId: "LA-XS", Name: "Saysomboun", Source: GazetteerSources.Hand });
        Assert.Contains(seed.CountryNames, name => name is { CountryCode: "LA", Name: "Laotian", Source: GazetteerSources.WorldCountries });
        Assert.All(seed.Successions.Where(succession => succession.PredecessorId.StartsWith("VN-", StringComparison.Ordinal)), succession => Assert.Equal(GazetteerSources.Hand, succession.Source));
    }

    private static List<JsonElement> ReadIso(string file, string property)
    {
        var path = Path.Combine(IsoCodes, file);
        Assert.True(File.Exists(path), $"{path} is missing: install Debian's iso-codes (scripts/setup.sh does)");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return [.. document.RootElement.GetProperty(property).EnumerateArray().Select(entry => entry.Clone())];
    }
}
