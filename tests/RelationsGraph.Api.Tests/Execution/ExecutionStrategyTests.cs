using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RelationsGraph.Api.GraphQL;
using RelationsGraph.Api.Http;
using RelationsGraph.Seed;
using RelationsGraph.Snapshots;
using RelationsGraph.Testing;
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
        var snapshot = SnapshotBuilder.Build(await GraphSeedReader.ReadAsync(TestSeed.Path, TestContext.Current.CancellationToken), "graph-seed", "v", DateTimeOffset.UnixEpoch);
        using var api = Services(snapshot, reference: false);
        using var reference = Services(snapshot, reference: true);

        // Twice each, so that the second run uses the cached document and its cached validation.
        for (var run = 0; run < 2; run++)
        {
            var expected = await AnswerAsync(reference, snapshot, query, variables);
            var actual = await AnswerAsync(api, snapshot, query, variables);
            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public async Task A_cached_document_follows_each_requests_skip_and_include()
    {
        var snapshot = SnapshotBuilder.Build(await GraphSeedReader.ReadAsync(TestSeed.Path, TestContext.Current.CancellationToken), "graph-seed", "v", DateTimeOffset.UnixEpoch);
        using var api = Services(snapshot, reference: false);

        var with = await AnswerAsync(api, snapshot, Selections, """{ "withTitle": true, "skipKind": false, "first": 5 }""");
        var without = await AnswerAsync(api, snapshot, Selections, """{ "withTitle": false, "skipKind": true, "first": 5 }""");
        var againWith = await AnswerAsync(api, snapshot, Selections, """{ "withTitle": true, "skipKind": false, "first": 5 }""");

        static IEnumerable<System.Text.Json.Nodes.JsonObject> Nodes(string answer) =>
            System.Text.Json.Nodes.JsonNode.Parse(answer)!["data"]!["instruments"]!["nodes"]!.AsArray().Select(node => node!.AsObject());

        Assert.NotEmpty(Nodes(with));
        Assert.All(Nodes(with), node => Assert.True(node.ContainsKey("title") && node.ContainsKey("kind") && node.ContainsKey("titleVi")));
        Assert.All(Nodes(without), node => Assert.False(node.ContainsKey("title") || node.ContainsKey("kind") || node.ContainsKey("titleVi")));
        Assert.All(Nodes(without), node => Assert.All(node["evidence"]!.AsArray(), evidence => Assert.False(evidence!.AsObject().ContainsKey("quote"))));
        Assert.Contains(Nodes(with), node => node["evidence"]!.AsArray().Any(evidence => evidence!.AsObject().ContainsKey("quote")));
        Assert.Equal(with, againWith);
    }

    private static ServiceProvider Services(RelationSnapshot snapshot, bool reference)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(new SnapshotHolder());
        services.AddRelationsGraphQL(new ConfigurationBuilder().Build());
        if (reference)
        {
            services.AddSingleton<IExecutionStrategySelector>(new DefaultExecutionStrategySelector([new ExecutionStrategyRegistration(new SerialExecutionStrategy(), OperationType.Query)]));
        }

        var provider = services.BuildServiceProvider();
        provider.GetRequiredService<SnapshotHolder>().Replace(snapshot);
        return provider;
    }

    private static async Task<string> AnswerAsync(ServiceProvider services, RelationSnapshot snapshot, string query, string? variables)
    {
        using var scope = services.CreateScope();
        var serializer = services.GetRequiredService<AnswerSerializer>();
        using var budget = new RequestBudget(services.GetRequiredService<IOptions<GraphQLLimits>>().Value, TimeProvider.System, TestContext.Current.CancellationToken);
        var result = await services.GetRequiredService<IDocumentExecuter<RelationsSchema>>().ExecuteAsync(options =>
        {
            options.Query = query;
            options.Variables = variables is null ? null : serializer.Deserialize<Inputs>(variables);
            options.Root = snapshot;
            options.RequestServices = scope.ServiceProvider;
            options.UserContext = budget.UserContext;
            options.CancellationToken = budget.Token;
        });
        using var answer = new AnswerBuffer(int.MaxValue, CancellationToken.None);
        serializer.Write(answer, result);
        return System.Text.Encoding.UTF8.GetString(answer.Written.Span);
    }
}
