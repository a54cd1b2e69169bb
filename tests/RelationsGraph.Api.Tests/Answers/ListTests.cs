using System.Buffers.Text;
using System.Text;
using Xunit;

namespace RelationsGraph.Api.Tests.Answers;

/// <summary>Long lists are Relay connections: totalCount, pageInfo, cursors both ways, an explicit order, no silent truncation.</summary>
public sealed class ListTests(AnswersApi api)
{
    private const string Page = """
        query($first: Int, $after: String, $last: Int, $before: String) {
          instruments(first: $first, after: $after, last: $last, before: $before) {
            totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } }
          }
        }
        """;

    [Fact]
    public async Task Paging_forward_with_after_visits_every_instrument_once_and_says_when_more_remain()
    {
        using var client = api.CreateGraphQLClient();
        var all = (await client.QueryAsync("{ instruments(first: 1000) { nodes { id } } }"))["instruments"]!["nodes"].Strings("id").ToList();
        var seen = new List<string>();
        string? after = null;

        for (var pages = 0; pages < 20; pages++)
        {
            var connection = (await client.QueryAsync(Page, new { first = 5, after }))["instruments"]!;
            Assert.Equal(all.Count, connection["totalCount"]!.GetValue<int>());
            seen.AddRange(connection["edges"].Array().Select(edge => edge!["node"]!["id"].Text()));
            Assert.Equal(pages > 0, connection["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
            if (!connection["pageInfo"]!["hasNextPage"]!.GetValue<bool>())
            {
                break;
            }

            Assert.Equal(5, connection["edges"].Array().Count);
            after = connection["pageInfo"]!["endCursor"].Text();
        }

        Assert.Equal(12, all.Count);
        Assert.Equal(all, seen);
    }

    [Fact]
    public async Task Last_and_before_page_backwards()
    {
        using var client = api.CreateGraphQLClient();

        var tail = (await client.QueryAsync(Page, new { last = 3 }))["instruments"]!;
        var before = (await client.QueryAsync(Page, new { last = 2, before = tail["pageInfo"]!["startCursor"].Text() }))["instruments"]!;
        var all = (await client.QueryAsync("{ instruments(first: 1000) { nodes { id } } }"))["instruments"]!["nodes"].Strings("id").ToList();

        Assert.Equal(all[^3..], tail["edges"].Array().Select(e => e!["node"]!["id"].Text()));
        Assert.Equal((false, true), (tail["pageInfo"]!["hasNextPage"]!.GetValue<bool>(), tail["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>()));
        Assert.Equal(all[^5..^3], before["edges"].Array().Select(e => e!["node"]!["id"].Text()));
        Assert.True(before["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_list_cut_by_its_page_size_says_so()
    {
        using var client = api.CreateGraphQLClient();

        var data = await client.QueryAsync("{ provinces { totalCount pageInfo { hasNextPage } nodes { id } } lao: provinces(country: \"LA\", first: 10) { totalCount pageInfo { hasNextPage } nodes { id } } }");

        Assert.True(data["provinces"]!["totalCount"]!.GetValue<int>() > 100);
        Assert.Equal(100, data["provinces"]!["nodes"].Array().Count);
        Assert.True(data["provinces"]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.Equal((18, 10, true), (data["lao"]!["totalCount"]!.GetValue<int>(), data["lao"]!["nodes"].Array().Count, data["lao"]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>()));
    }

    [Theory]
    [InlineData("not-a-cursor", "INVALID_CURSOR")]
    [InlineData("cmcxOjAwMDAwMDAwOjE", "STALE_CURSOR")]
    public async Task A_cursor_that_is_not_ours_or_from_another_version_of_the_graph_is_refused(string cursor, string code)
    {
        using var client = api.CreateGraphQLClient();

        var response = await client.PostAsync(Page, new { first = 2, after = cursor });

        Assert.Equal(code, response.Errors?[0]?["extensions"]?["code"].Text());
        Assert.Equal("rg1:00000000:1", Encoding.UTF8.GetString(Base64Url.DecodeFromChars("cmcxOjAwMDAwMDAwOjE")));
    }

    [Fact]
    public async Task Page_sizes_beyond_the_limit_are_refused()
    {
        using var client = api.CreateGraphQLClient();

        var response = await client.PostAsync(Page, new { first = 5000 });

        Assert.Contains("from 0 to 1000", response.FirstErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_list_takes_an_explicit_order()
    {
        using var client = api.CreateGraphQLClient();

        var data = await client.QueryAsync("""
            {
              byTitle: instruments(orderBy: { field: TITLE, direction: DESC }) { nodes { title } }
              bySigning: instruments(orderBy: { field: SIGNED_ON }, signedFrom: "2000-01-01") { nodes { signedOn } }
              partnerships(country: "VN", minConfidence: 0.5, orderBy: { field: INSTRUMENTS, direction: DESC }) { nodes { instrumentCount province { name } } }
              commitments(orderBy: { field: AMOUNT, direction: DESC }) { nodes { amount } }
              documents(orderBy: { field: PUBLISHED_ON }) { nodes { publishedOn } }
              sessions(orderBy: { field: HELD_ON, direction: DESC }) { nodes { ordinal } }
              provinces(country: "LA", orderBy: { field: NAME }) { nodes { name } }
            }
            """);

        var titles = data["byTitle"]!["nodes"].Strings("title").ToList();
        Assert.Equal(titles.OrderDescending(StringComparer.Ordinal), titles);
        var signed = data["bySigning"]!["nodes"].Strings("signedOn").ToList();
        Assert.Equal(signed.Order(StringComparer.Ordinal), signed);
        var counts = data["partnerships"]!["nodes"].Array().Select(p => p!["instrumentCount"]!.GetValue<int>()).ToList();
        Assert.Equal(counts.OrderDescending(), counts);
        Assert.Equal([2_000_000_000L, 100_000_000L, 30L], data["commitments"]!["nodes"].Array().Select(c => c!["amount"]!.GetValue<long>()));
        Assert.Equal(["2022-08-22", "2022-08-25", "2022-08-26"], data["documents"]!["nodes"].Strings("publishedOn"));
        Assert.Equal([2, 1], data["sessions"]!["nodes"].Array().Select(s => s!["ordinal"]!.GetValue<int>()));
        var names = data["provinces"]!["nodes"].Strings("name").ToList();
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
    }

    [Fact]
    public async Task A_provinces_own_long_lists_and_the_sessions_are_connections_too()
    {
        using var client = api.CreateGraphQLClient();

        var data = await client.QueryAsync("""
            {
              province(name: "Son La") {
                instruments(first: 1) { totalCount pageInfo { hasNextPage } nodes { id } }
                commitmentsGiven { totalCount nodes { id } }
                commitmentsReceived { totalCount }
              }
              sessions(member: "Lang Son", heldFrom: "2023-01-01") { nodes { ordinal } }
            }
            """);

        var instruments = data["province"]!["instruments"]!;
        Assert.Equal((3, true, 1), (instruments["totalCount"]!.GetValue<int>(), instruments["pageInfo"]!["hasNextPage"]!.GetValue<bool>(), instruments["nodes"].Array().Count));
        Assert.Equal(["t-grant", "t-scholarships"], data["province"]!["commitmentsGiven"]!["nodes"].Strings("id").Order(StringComparer.Ordinal));
        Assert.Equal(0, data["province"]!["commitmentsReceived"]!["totalCount"]!.GetValue<int>());
        Assert.Equal([2], data["sessions"]!["nodes"].Array().Select(s => s!["ordinal"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Reviewed_state_is_visible_and_filterable_on_instruments_sessions_and_commitments()
    {
        using var client = api.CreateGraphQLClient();

        var data = await client.QueryAsync("""
            {
              unreviewed: instruments(reviewed: false) { nodes { id reviewed } }
              sessions(reviewed: false) { nodes { ordinal reviewed } }
              commitments(reviewed: false) { nodes { id reviewed } }
            }
            """);

        Assert.Equal(["t-son-la-savannakhet-mou"], data["unreviewed"]!["nodes"].Strings("id"));
        Assert.Equal(2, Assert.Single(data["sessions"]!["nodes"].Array())!["ordinal"]!.GetValue<int>());
        Assert.Equal(["t-grant"], data["commitments"]!["nodes"].Strings("id"));
    }
}
