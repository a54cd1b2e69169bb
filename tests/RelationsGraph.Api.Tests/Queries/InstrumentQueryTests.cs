using Xunit;

namespace RelationsGraph.Api.Tests.Queries;

public sealed class InstrumentQueryTests(ApiServer server)
{
    private async Task<List<string>> InstrumentIdsAsync(string arguments)
    {
        using var client = server.CreateGraphQLClient();
        var data = await client.QueryAsync($"{{ instruments({arguments}) {{ nodes {{ id }} }} }}");
        return [.. data["instruments"]!["nodes"].Strings("id")];
    }

    [Fact]
    public async Task Filter_by_party_includes_its_districts()
    {
        var ids = await InstrumentIdsAsync("party: \"Bac Giang\"");

        Assert.Contains("luc-ngan-anouvong-agreement-2022", ids);
        Assert.Contains("bac-giang-plan-481-kh-ubnd-2022", ids);
        Assert.DoesNotContain("son-la-xaisomboun-minutes-2022-2024", ids);
    }

    [Fact]
    public async Task Filter_by_country_and_partner_country()
    {
        var japan = await InstrumentIdsAsync("country: \"VN\", partnerCountry: \"JP\"");

        Assert.Equal(["vinh-long-ehime-mou"], japan);
    }

    [Fact]
    public async Task Filter_by_kind_and_field()
    {
        var minutes = await InstrumentIdsAsync("kinds: [MINUTES]");
        var justice = await InstrumentIdsAsync("fields: [\"justice\"]");

        Assert.Equal(["son-la-xieng-khouang-minutes-2022-2024", "son-la-xaisomboun-minutes-2022-2024"], minutes);
        Assert.Equal(["quang-binh-khammouane-justice-mou-2022"], justice);
    }

    [Fact]
    public async Task Filter_by_signed_date_range_matches_disputed_dates_on_any_sourced_value()
    {
        var august2022 = await InstrumentIdsAsync("signedFrom: \"2022-08-01\", signedTo: \"2022-08-31\"");
        var december2021 = await InstrumentIdsAsync("signedFrom: \"2021-12-08\", signedTo: \"2021-12-10\"");

        Assert.Equal(
            ["son-la-xieng-khouang-minutes-2022-2024", "son-la-xaisomboun-minutes-2022-2024", "binh-phuoc-champasak-mou-2022-2026", "bac-giang-plan-481-kh-ubnd-2022"],
            august2022);
        Assert.Equal(["bac-giang-plan-667-kh-ubnd-2021"], december2021);
    }

    [Fact]
    public async Task Filter_by_active_on_respects_periods_replacements_and_renewals()
    {
        var mid2022 = await InstrumentIdsAsync("activeOn: \"2022-07-01\"");
        var late2022 = await InstrumentIdsAsync("activeOn: \"2022-10-01\"");

        Assert.Contains("bac-giang-plan-667-kh-ubnd-2021", mid2022);
        Assert.Contains("binh-phuoc-champasak-mou-2017-2022", mid2022);
        Assert.DoesNotContain("bac-giang-plan-667-kh-ubnd-2021", late2022);
        Assert.Contains("bac-giang-plan-481-kh-ubnd-2022", late2022);
        Assert.DoesNotContain("binh-phuoc-champasak-mou-2017-2022", late2022);
        Assert.Contains("binh-phuoc-champasak-mou-2022-2026", late2022);
    }

    [Fact]
    public async Task Filter_by_status_and_background()
    {
        var planned = await InstrumentIdsAsync("status: PLANNED");
        var newFacts = await InstrumentIdsAsync("party: \"Bac Giang\", includeBackground: false");

        Assert.Equal(["bac-giang-xaisomboun-womens-union-agreement-2022", "luc-ngan-anouvong-agreement-2022"], planned.Order());
        Assert.DoesNotContain("bac-giang-plan-667-kh-ubnd-2021", newFacts);
        Assert.Contains("bac-giang-plan-481-kh-ubnd-2022", newFacts);
    }

    [Fact]
    public async Task Filter_by_level()
    {
        var districts = await InstrumentIdsAsync("levels: [DISTRICT]");

        Assert.Equal(["luc-ngan-anouvong-agreement-2022"], districts);
    }

    [Fact]
    public async Task Unknown_party_is_a_clear_error()
    {
        using var client = server.CreateGraphQLClient();

        var response = await client.PostAsync("{ instruments(party: \"Atlantis\") { totalCount } }");

        Assert.Contains("Atlantis", response.FirstErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Instrument_by_id_with_links_conflicts_people_and_commitments()
    {
        using var client = server.CreateGraphQLClient();

        var data = await client.QueryAsync("""
            {
              plan: instrument(id: "bac-giang-plan-481-kh-ubnd-2022") {
                number signedOn implements { id } replaces { id } commitments { kind amount unit } people { name role title }
              }
              old: instrument(id: "bac-giang-plan-667-kh-ubnd-2021") {
                signedOn inForceTo replacedBy { id } signedOnClaims { value evidence { document { title } quote } } conflicts { field claims { value } }
              }
              mou: instrument(id: "binh-phuoc-champasak-mou-2022-2026") { renews { id } people { name role } }
            }
            """);

        var plan = data["plan"];
        Assert.Equal("481/KH-UBND", plan?["number"].Text());
        Assert.Equal("2022-08-25", plan?["signedOn"].Text());
        Assert.Equal(["bac-giang-xaisomboun-agreement-2021-2025"], plan?["implements"].Strings("id"));
        Assert.Equal(["bac-giang-plan-667-kh-ubnd-2021"], plan?["replaces"].Strings("id"));
        Assert.Contains(plan?["commitments"].Array()!, c => c?["kind"].Text() == "BUDGET" && c?["amount"]?.GetValue<long>() == 33_400_000_000 && c?["unit"].Text() == "VND");
        Assert.Contains(plan?["commitments"].Array()!, c => c?["kind"].Text() == "EQUIPMENT" && c?["amount"]?.GetValue<long>() == 21);
        var old = data["old"];
        Assert.Null(old?["signedOn"]);
        Assert.Equal("2022-08-24", old?["inForceTo"].Text());
        Assert.Equal(["2021-12-09", "2021-12-12"], old?["signedOnClaims"].Strings("value"));
        Assert.Equal("signed_on", old?["conflicts"]?[0]?["field"].Text());
        Assert.Equal(["binh-phuoc-champasak-mou-2017-2022"], data["mou"]?["renews"].Strings("id"));
        Assert.Equal(["Nguyen Manh Cuong", "Tran Tue Hien", "Vilayvong Butdakham"], data["mou"]?["people"].Strings("name").Order());
    }
}
