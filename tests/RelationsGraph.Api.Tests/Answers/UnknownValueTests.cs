using Xunit;

namespace RelationsGraph.Api.Tests.Answers;

/// <summary>An unknown province, country, field or kind in any argument gets one error code with suggestions.</summary>
public sealed class UnknownValueTests(AnswersApi api)
{
    [Theory]
    [InlineData("""{ instruments(party: "Bac Gang") { totalCount } }""", "party", "Bac Giang")]
    [InlineData("""{ commitments(from: "Son Laa") { totalCount } }""", "from", "Son La")]
    [InlineData("""{ mechanisms(member: "Guangxii") { id } }""", "member", "Guangxi")]
    [InlineData("""{ instruments(country: "Loas") { totalCount } }""", "country", "LA (Laos)")]
    [InlineData("""{ provincesWithSeveralPartners(country: "LA", partnerCountry: "Vietnma") { partnerCount } }""", "partnerCountry", "VN (Vietnam)")]
    [InlineData("""{ instruments(fields: ["agricultre"]) { totalCount } }""", "fields", "agriculture")]
    [InlineData("""{ instruments(kinds: [MOUU]) { totalCount } }""", "kinds", "MOU")]
    [InlineData("""{ commitments(kinds: [SCHOLARSHIP]) { totalCount } }""", "kinds", "SCHOLARSHIPS")]
    [InlineData("""{ provincesWithSeveralPartners(country: "LA", partnerCountry: "VN", levels: [POLCE]) { partnerCount } }""", "levels", "POLICE")]
    [InlineData("""{ instruments(orderBy: { field: TITEL }) { totalCount } }""", "orderBy", "TITLE")]
    [InlineData("""{ instruments(status: CONCLUDE) { totalCount } }""", "status", "CONCLUDED")]
    public async Task Unknown_values_share_one_code_and_suggest_up_to_three_names(string query, string argument, string suggestion)
    {
        using var client = api.CreateGraphQLClient();

        var response = await client.PostAsync(query);

        var extensions = response.Errors?[0]?["extensions"];
        Assert.Equal("UNKNOWN_VALUE", extensions?["code"].Text());
        Assert.Equal(argument, extensions?["argument"].Text());
        var suggestions = extensions?["suggestions"].Array().Select(s => s.Text()).ToList();
        Assert.InRange(suggestions!.Count, 1, 3);
        Assert.Equal(suggestion, suggestions[0]);
        Assert.Contains($"Did you mean {suggestion}", response.FirstErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_kind_in_a_variable_gets_the_same_error()
    {
        using var client = api.CreateGraphQLClient();

        var response = await client.PostAsync("query($k: [InstrumentKind!]) { instruments(kinds: $k) { totalCount } }", new { k = new[] { "AWRD" } });

        Assert.Equal("UNKNOWN_VALUE", response.Errors?[0]?["extensions"]?["code"].Text());
        Assert.Equal("AWARD", response.Errors?[0]?["extensions"]?["suggestions"]?[0].Text());
    }

    [Fact]
    public async Task An_unknown_province_name_stays_null_and_the_suggestions_come_in_the_response_extensions()
    {
        using var client = api.CreateGraphQLClient();

        var response = await client.PostAsync("""{ typo: province(name: "Bac Gang") { id } known: province(name: "Bac Giang") { id } }""");

        Assert.Null(response.Errors);
        Assert.Null(response.Data?["typo"]);
        Assert.Equal("VN-54", response.Data?["known"]?["id"].Text());
        var entry = Assert.Single(response.Body?["extensions"]?["suggestions"].Array()!);
        Assert.Equal(["typo"], entry!["path"].Array().Select(part => part.Text()));
        Assert.Equal("Bac Gang", entry["value"].Text());
        Assert.Equal("Bac Giang", entry["suggestions"]![0].Text());
        Assert.Contains("Did you mean Bac Giang", entry["message"].Text(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ instruments(activeOn: "2021-13-01") { totalCount } }""", null)]
    [InlineData("""query($d: Date) { instruments(activeOn: $d) { totalCount } }""", "1 Jan 2024")]
    public async Task A_malformed_date_says_the_expected_form(string query, string? variable)
    {
        using var client = api.CreateGraphQLClient();

        var response = await client.PostAsync(query, variable is null ? null : new { d = variable });

        Assert.Equal("INVALID_DATE", response.Errors?[0]?["extensions"]?["code"].Text());
        Assert.Contains("yyyy-MM-dd", response.FirstErrorMessage, StringComparison.Ordinal);
        Assert.Contains("e.g. 2024-01-01", response.FirstErrorMessage, StringComparison.Ordinal);
    }
}
