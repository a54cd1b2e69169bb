using Xunit;

namespace RelationsGraph.Api.Tests.Answers;

/// <summary>Where sources disagree on a date that decides "in force", answers say so for the days in between.</summary>
public sealed class DisputedDateTests(AnswersApi api)
{
    private const string Query = """
        query($date: Date!) { instruments(activeOn: $date, kinds: [PLAN]) { edges { inForce node { id inForceOn(date: $date) disputedInForce { from to } } } } }
        """;

    [Theory]
    [InlineData("2021-12-08", null)]
    [InlineData("2021-12-09", "DISPUTED")]
    [InlineData("2021-12-11", "DISPUTED")]
    [InlineData("2021-12-12", "IN_FORCE")]
    public async Task A_plan_dated_9_or_12_December_is_disputed_in_between(string date, string? status)
    {
        using var client = api.CreateGraphQLClient();

        var data = await client.QueryAsync(Query, new { date });

        var edge = data["instruments"]!["edges"].Array().SingleOrDefault(e => e!["node"]!["id"].Text() == "t-bac-giang-plan-12");
        Assert.Equal(status, edge?["inForce"]?.GetValue<string>());
        if (edge is not null)
        {
            Assert.Equal(status, edge["node"]!["inForceOn"].Text());
            var span = Assert.Single(edge["node"]!["disputedInForce"].Array());
            Assert.Equal(("2021-12-09", "2021-12-11"), (span!["from"].Text(), span["to"].Text()));
        }
    }

    [Fact]
    public async Task A_partnership_that_rests_only_on_the_disputed_days_is_marked_disputed()
    {
        using var client = api.CreateGraphQLClient();

        var data = await client.QueryAsync("""
            { province(name: "Xaisomboun") {
                plans: partners(asOf: "2021-12-10", kinds: [PLAN]) { partner { name } inForce }
                all: partners(asOf: "2021-12-10") { partner { name } inForce }
                allTime: partners { inForce } } }
            """);

        Assert.Equal(("Bac Giang", "DISPUTED"), Single(data["province"]!["plans"]));
        Assert.Equal(("Bac Giang", "IN_FORCE"), Single(data["province"]!["all"]));
        Assert.All(data["province"]!["allTime"].Array(), p => Assert.Null(p!["inForce"]));

        static (string, string) Single(System.Text.Json.Nodes.JsonNode? partners)
        {
            var partnership = Assert.Single(partners.Array());
            return (partnership!["partner"]!["name"].Text(), partnership["inForce"].Text());
        }
    }
}
