using Xunit;

namespace RelationsGraph.Api.Tests.Execution;

/// <summary>
/// The API's execution strategy walks the result tree its own way (fields collected once per request, resolvers that
/// finish at once completed in place); its answers must be byte for byte those of graphql-dotnet's serial strategy,
/// errors and null propagation included, for any selection: fragments, aliases merged across list items, and
/// <c>@skip</c>/<c>@include</c> that change between requests of one cached document.
/// </summary>
public sealed class ExecutionStrategyTests
{
    private const string Selections = """
        query Selections($withTitle: Boolean!, $skipKind: Boolean!, $first: Int) {
          instruments(first: $first) {
            totalCount
            nodes {
              ...ids
              __typename
              kind @skip(if: $skipKind)
              title @include(if: $withTitle)
              p: parties { role }
              p: parties { province { name } level }
              ... on Instrument { evidence { start document { title } } }
              ... @include(if: $withTitle) { titleVi evidence { end quote } }
            }
          }
        }
        fragment ids on Instrument { id signedOn periodStart }
        """;

    public static TheoryData<string, string?> Queries => new()
    {
        { HeadlineQuery, null },
        { Selections, """{ "withTitle": true, "skipKind": false, "first": 25 }""" },
        { Selections, """{ "withTitle": false, "skipKind": true, "first": 25 }""" },
        { Selections, """{ "withTitle": true, "skipKind": true, "first": 3 }""" },
        { "{ countries { code name } fields { code } graph { version } }", null },
        { """{ a: instrument(id: "no-such-instrument") { id } b: instrument(id: "son-la-xaisomboun-minutes-2022-2024") { id parties { province { name partnerships: __typename } } } }""", null },
        { """{ partnerships(country: "VN", partnerCountry: "LA", first: 5) { nodes { province { name } partner { name } kinds fields { code } instruments { id implements { id } replacedBy { id } } } } }""", null },
        { """{ province(name: "No Such Province") { name } provincesWithSeveralPartners(country: "ZZ", partnerCountry: "VN") { partnerCount } }""", null },
    };

    private const string HeadlineQuery = """
        { provincesWithSeveralPartners(country: "LA", partnerCountry: "VN") { province { name } partnerCount partners { partner { name } instruments { kind title periodStart periodEnd evidence { document { title } quote citation { url } } } } } }
        """;

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Answers_are_those_of_graphql_dotnets_serial_strategy(string query, string? variables)
    {
        var snapshot = await InProcessApi.TestSnapshotAsync();
        using var api = InProcessApi.Services(snapshot);
        using var reference = InProcessApi.Services(snapshot, graphqlDotnetStrategy: true);

        // Twice each, so that the second run uses the cached document and its cached validation.
        for (var run = 0; run < 2; run++)
        {
            var expected = await InProcessApi.AnswerAsync(reference, snapshot, query, variables);
            var actual = await InProcessApi.AnswerAsync(api, snapshot, query, variables);
            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public async Task A_cached_document_follows_each_requests_skip_and_include()
    {
        var snapshot = await InProcessApi.TestSnapshotAsync();
        using var api = InProcessApi.Services(snapshot);

        var with = await InProcessApi.AnswerAsync(api, snapshot, Selections, """{ "withTitle": true, "skipKind": false, "first": 5 }""");
        var without = await InProcessApi.AnswerAsync(api, snapshot, Selections, """{ "withTitle": false, "skipKind": true, "first": 5 }""");
        var againWith = await InProcessApi.AnswerAsync(api, snapshot, Selections, """{ "withTitle": true, "skipKind": false, "first": 5 }""");

        static IEnumerable<System.Text.Json.Nodes.JsonObject> Nodes(string answer) =>
            System.Text.Json.Nodes.JsonNode.Parse(answer)!["data"]!["instruments"]!["nodes"]!.AsArray().Select(node => node!.AsObject());

        Assert.NotEmpty(Nodes(with));
        Assert.All(Nodes(with), node => Assert.True(node.ContainsKey("title") && node.ContainsKey("kind") && node.ContainsKey("titleVi")));
        Assert.All(Nodes(without), node => Assert.False(node.ContainsKey("title") || node.ContainsKey("kind") || node.ContainsKey("titleVi")));
        Assert.All(Nodes(without), node => Assert.All(node["evidence"]!.AsArray(), evidence => Assert.False(evidence!.AsObject().ContainsKey("quote"))));
        Assert.Contains(Nodes(with), node => node["evidence"]!.AsArray().Any(evidence => evidence!.AsObject().ContainsKey("quote")));
        Assert.Equal(with, againWith);
    }
}
