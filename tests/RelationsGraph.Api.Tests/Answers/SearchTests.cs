using Xunit;

namespace RelationsGraph.Api.Tests.Answers;

/// <summary>Full-text search, look-up by number and fields by label, over HTTP.</summary>
public sealed class SearchTests(AnswersApi api)
{
    [Fact]
    public async Task Search_is_diacritic_insensitive_over_titles_numbers_quotes_and_names()
    {
        using var client = api.CreateGraphQLClient();

        var data = await client.QueryAsync("""
            {
              place: search(text: "xay som bun") { totalCount nodes { field instrument { id } evidence { citation { link } } } }
              person: search(text: "NGUYEN THI LAN") { nodes { field text person { name role title } instrument { id } } }
              number: search(text: "12/kh-ubnd") { nodes { field instrument { id } } }
            }
            """);

        var place = data["place"]!["nodes"].Array();
        Assert.Contains(place, hit => hit!["field"].Text() == "INSTRUMENT_TITLE" && hit["instrument"]!["id"].Text() == "t-bac-giang-xaisomboun-agreement");
        Assert.Contains(place, hit => hit!["field"].Text() == "EVIDENCE_QUOTE" && hit["evidence"]!["citation"]!["link"].Text().StartsWith("/documents/", StringComparison.Ordinal));
        var person = Assert.Single(data["person"]!["nodes"].Array());
        Assert.Equal(("PERSON_NAME", "Nguyễn Thị Lan", "SIGNATORY", "t-bac-giang-xaisomboun-agreement"), (person!["field"].Text(), person["person"]!["name"].Text(), person["person"]!["role"].Text(), person["instrument"]!["id"].Text()));
        var number = data["number"]!["nodes"].Array();
        Assert.Equal(("INSTRUMENT_NUMBER", "t-bac-giang-plan-12"), (number[0]!["field"].Text(), number[0]!["instrument"]!["id"].Text()));
    }

    [Fact]
    public async Task Instruments_can_be_searched_and_found_by_number_written_any_way()
    {
        using var client = api.CreateGraphQLClient();

        var data = await client.QueryAsync("""
            {
              searched: instruments(search: "Xay Sổm Bun biên bản") { nodes { id } }
              byNumber: instrument(number: "Số 12/kh-ubnd") { id }
              sonLa: instrument(number: "34/KH-UBND", party: "Son La") { id }
              listed: instruments(number: "34 / KH - UBND") { totalCount }
              none: instrument(number: "999/KH-UBND") { id }
            }
            """);

        Assert.Equal(["t-son-la-xaisomboun-minutes"], data["searched"]!["nodes"].Strings("id"));
        Assert.Equal("t-bac-giang-plan-12", data["byNumber"]!["id"].Text());
        Assert.Equal("t-son-la-plan-34", data["sonLa"]!["id"].Text());
        Assert.Equal(2, data["listed"]!["totalCount"]!.GetValue<int>());
        Assert.Null(data["none"]);
    }

    [Fact]
    public async Task A_number_two_provinces_use_asks_for_the_party()
    {
        using var client = api.CreateGraphQLClient();

        var response = await client.PostAsync("""{ instrument(number: "34/KH-UBND") { id } }""");

        Assert.Equal("AMBIGUOUS_NUMBER", response.Errors?[0]?["extensions"]?["code"].Text());
        Assert.Equal(["t-bac-giang-plan-34", "t-son-la-plan-34"], response.Errors?[0]?["extensions"]?["ids"].Array().Select(id => id.Text()).Order(StringComparer.Ordinal));
        Assert.Contains("party", response.FirstErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fields_of_cooperation_are_accepted_by_code_or_label()
    {
        using var client = api.CreateGraphQLClient();

        var data = await client.QueryAsync("""
            {
              code: instruments(fields: ["agriculture"]) { nodes { id } }
              english: instruments(fields: ["Agriculture"]) { nodes { id } }
              vietnamese: instruments(fields: ["Nông nghiệp"]) { nodes { id } }
            }
            """);

        var expected = data["code"]!["nodes"].Strings("id").ToList();
        Assert.Equal(["t-bac-giang-xaisomboun-agreement", "t-bac-giang-plan-34"], expected);
        Assert.Equal(expected, data["english"]!["nodes"].Strings("id"));
        Assert.Equal(expected, data["vietnamese"]!["nodes"].Strings("id"));
    }

    [Fact]
    public async Task A_search_longer_than_the_limit_is_refused()
    {
        using var client = api.CreateGraphQLClient();

        var response = await client.PostAsync("query($t: String!) { search(text: $t) { totalCount } }", new { t = new string('a', 201) });

        Assert.Equal("INVALID_SEARCH", response.Errors?[0]?["extensions"]?["code"].Text());
    }
}
