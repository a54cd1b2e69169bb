using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RelationsGraph.Api.GraphQL;
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
        { AliasesAndLists, """{ "country": "LA", "partner": "VN", "withPartners": true, "skipNames": false }""" },
        { AliasesAndLists, """{ "country": "LA", "partner": "VN", "withPartners": false, "skipNames": true }""" },
        { AliasesAndLists, """{ "country": "ZZ", "partner": "VN", "withPartners": true, "skipNames": false }""" },
        { """{ provinces(first: 30, country: "LA") { totalCount nodes { id name names parent { name } country { code name } } } }""", null },
        { """{ provincesWithSeveralPartners(country: "LA", partnerCountry: "VN", minPartners: 0) { partnerCount } graph { version } }""", null },
        { """{ first: province(name: "Xaisomboun") { id } typo: province(name: "Bac Gang") { id } }""", null },
        { """{ __schema { queryType { name } types { name kind } } __type(name: "Instrument") { fields { name } } }""", null },
        { """{ __typename graph { __typename } }""", null },
        { ScalarsOfEveryKind, null },
    };

    /// <summary>Scalars of every kind the direct path writes from their sources: enums (nullable ones null and not, in lists too), booleans, whole numbers and strings present and absent.</summary>
    private const string ScalarsOfEveryKind = """
        {
          partnerships(country: "VN", first: 40, asOf: "2024-06-01") {
            nodes {
              inForce source sources levels kinds reviewed instrumentCount confidence
              instruments { kind status inForceOn(date: "2023-01-01") source background reviewed countsAsPartnership number titleVi periodStart periodEnd reviewedBy parties { level role organisation } }
              sessions { ordinal heldOn }
            }
          }
          plain: partnerships(country: "LA", first: 5) { nodes { inForce reviewed } }
        }
        """;

    /// <summary>Aliases, nested lists, nulls, fragments on the same object and directives driven by variables.</summary>
    private const string AliasesAndLists = """
        query Lists($country: String!, $partner: String!, $withPartners: Boolean!, $skipNames: Boolean!) {
          several: provincesWithSeveralPartners(country: $country, partnerCountry: $partner) {
            who: province { id label: name names @skip(if: $skipNames) parent { id } }
            partnerCount
            partners @include(if: $withPartners) {
              partner { ...unit }
              instruments { id kind signedOn periodStart periodEnd parties { role level province { ...unit } } }
            }
            again: partners { partner { id } }
          }
          countries { code }
        }
        fragment unit on Province { id name country { code } }
        """;

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

    [Theory]
    [InlineData(HeadlineQuery, true)]
    [InlineData("{ __typename }", true)]
    [InlineData("""{ a: instrument(id: "no-such-instrument") { id } }""", true)]
    [InlineData("""{ provincesWithSeveralPartners(country: "LA", partnerCountry: "VN", minPartners: 0) { partnerCount } }""", false)]
    [InlineData("""{ typo: province(name: "Bac Gang") { id } }""", false)]
    [InlineData("{ __schema { queryType { name } } }", false)]
    public async Task Answers_without_errors_are_written_without_execution_nodes_and_the_rest_fall_back(string query, bool direct)
    {
        var snapshot = await InProcessApi.TestSnapshotAsync();
        using var api = InProcessApi.Services(snapshot);
        using var nodes = InProcessApi.Services(snapshot, settings: new Dictionary<string, string?> { ["GraphQL:Limits:DirectAnswers"] = "false" });

        var answer = await InProcessApi.ExecuteAsync(api, snapshot, query);
        var fromNodes = await InProcessApi.ExecuteAsync(nodes, snapshot, query);

        Assert.Equal(direct, answer.Direct);
        Assert.False(fromNodes.Direct);
        Assert.Equal(fromNodes.Answer, answer.Answer);
    }

    /// <summary>
    /// graphql-dotnet's typed resolvers share a context adapter per source type (interlocked per call, a new one after
    /// every list); the schema's own resolvers cast the source instead, and a field resolved another way would bring
    /// that cost back unnoticed.
    /// </summary>
    [Fact]
    public async Task Every_field_of_the_schema_is_resolved_by_the_apis_own_resolvers()
    {
        var snapshot = await InProcessApi.TestSnapshotAsync();
        using var api = InProcessApi.Services(snapshot);
        var schema = api.GetRequiredService<RelationsSchema>();
        schema.Initialize();

        var fields = schema.AllTypes.OfType<IObjectGraphType>()
            .Where(type => !type.Name.StartsWith("__", StringComparison.Ordinal))
            .SelectMany(type => type.Fields.Select(field => (Name: $"{type.Name}.{field.Name}", field.Resolver)))
            .ToList();

        Assert.True(fields.Count > 200, $"{fields.Count} fields");
        Assert.All(fields, field => Assert.True(field.Resolver is FieldResolvers.Resolver && field.Resolver.GetType().DeclaringType == typeof(FieldResolvers), $"{field.Name}: {field.Resolver?.GetType()}"));
    }

    /// <summary>
    /// The scalar fields resolved from their source alone are written without boxing or <c>Serialize</c> per value;
    /// an enum's writer writes the very name its scalar serialises each value as.
    /// </summary>
    [Fact]
    public async Task Scalar_fields_resolved_from_their_source_are_written_directly_with_their_scalars_names()
    {
        var snapshot = await InProcessApi.TestSnapshotAsync();
        using var api = InProcessApi.Services(snapshot);
        var schema = api.GetRequiredService<RelationsSchema>();
        var serializer = api.GetRequiredService<AnswerSerializer>();
        schema.Initialize();
        var instrument = (IObjectGraphType)schema.AllTypes["Instrument"]!;
        FieldOutput Output(string name)
        {
            var definition = instrument.GetField(name)!;
            return new FieldOutput(definition.ResolvedType!, definition.Resolver as FieldResolvers.Resolver, serializer);
        }

        Assert.All(new[] { "kind", "title", "number", "periodStart", "reviewed", "source" }, name => Assert.NotNull(Output(name).Writer));
        Assert.Null(Output("confidence").Writer);
        Assert.Null(Output("signedOn").Writer);

        var kindType = (ScalarGraphType)((NonNullGraphType)instrument.GetField("kind")!.ResolvedType!).ResolvedType!;
        foreach (var node in snapshot.Instruments.Take(50))
        {
            var buffer = new System.Buffers.ArrayBufferWriter<byte>();
            using (var writer = serializer.CreateWriter(buffer))
            {
                Assert.True(Output("kind").Writer!.TryWrite(writer, node));
            }

            Assert.Equal($"\"{kindType.Serialize(node.Kind)}\"", System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
        }
    }

    [Fact]
    public async Task A_fallback_counts_each_value_once_and_lists_each_error_once()
    {
        var snapshot = await InProcessApi.TestSnapshotAsync();
        using var api = InProcessApi.Services(snapshot);
        using var nodes = InProcessApi.Services(snapshot, settings: new Dictionary<string, string?> { ["GraphQL:Limits:DirectAnswers"] = "false" });
        using var reference = InProcessApi.Services(snapshot, graphqlDotnetStrategy: true);
        var limits = api.GetRequiredService<IOptions<GraphQLLimits>>().Value;
        const string Query = """{ provinces(first: 20) { nodes { id name } } bad: provincesWithSeveralPartners(country: "LA", partnerCountry: "VN", minPartners: 0) { partnerCount } }""";
        using var budget = new RequestBudget(limits, InProcessApi.FixedClock, TestContext.Current.CancellationToken);
        using var nodesBudget = new RequestBudget(limits, InProcessApi.FixedClock, TestContext.Current.CancellationToken);

        var answer = await InProcessApi.ExecuteAsync(api, snapshot, Query, budget: budget);
        await InProcessApi.ExecuteAsync(nodes, snapshot, Query, budget: nodesBudget);

        Assert.False(answer.Direct);
        Assert.Equal(await InProcessApi.AnswerAsync(reference, snapshot, Query), answer.Answer);
        Assert.Single(System.Text.Json.Nodes.JsonNode.Parse(answer.Answer)!["errors"]!.AsArray());
        Assert.True(nodesBudget.ResultNodes > 60);
        Assert.Equal(nodesBudget.ResultNodes, budget.ResultNodes);
    }

    [Fact]
    public async Task A_direct_answer_counts_the_values_the_node_based_walk_counts()
    {
        var snapshot = await InProcessApi.TestSnapshotAsync();
        using var api = InProcessApi.Services(snapshot);
        using var nodes = InProcessApi.Services(snapshot, settings: new Dictionary<string, string?> { ["GraphQL:Limits:DirectAnswers"] = "false" });
        var limits = api.GetRequiredService<IOptions<GraphQLLimits>>().Value;
        using var budget = new RequestBudget(limits, InProcessApi.FixedClock, TestContext.Current.CancellationToken);
        using var nodesBudget = new RequestBudget(limits, InProcessApi.FixedClock, TestContext.Current.CancellationToken);

        Assert.True((await InProcessApi.ExecuteAsync(api, snapshot, HeadlineQuery, budget: budget)).Direct);
        await InProcessApi.ExecuteAsync(nodes, snapshot, HeadlineQuery, budget: nodesBudget);

        Assert.True(nodesBudget.ResultNodes > 10);
        Assert.Equal(nodesBudget.ResultNodes, budget.ResultNodes);
    }

    [Theory]
    [InlineData("MaxResultNodes", "200")]
    [InlineData("MaxResponseBytes", "2048")]
    public async Task A_direct_answer_past_the_budget_stops_the_request_as_too_large(string limit, string value)
    {
        var snapshot = await InProcessApi.TestSnapshotAsync();
        using var api = InProcessApi.Services(snapshot, settings: new Dictionary<string, string?> { ["GraphQL:Limits:" + limit] = value });
        using var budget = new RequestBudget(api.GetRequiredService<IOptions<GraphQLLimits>>().Value, InProcessApi.FixedClock, TestContext.Current.CancellationToken);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => InProcessApi.ExecuteAsync(api, snapshot, "{ provinces(first: 1000) { nodes { id name names } } }", budget: budget));

        Assert.Equal(RequestBudget.StopReason.ResultTooLarge, budget.Stopped);
    }

    [Fact]
    public async Task A_direct_answer_stops_when_the_client_goes_away()
    {
        var snapshot = await InProcessApi.TestSnapshotAsync();
        using var api = InProcessApi.Services(snapshot);
        using var gone = new CancellationTokenSource();
        await gone.CancelAsync();
        using var budget = new RequestBudget(api.GetRequiredService<IOptions<GraphQLLimits>>().Value, InProcessApi.FixedClock, gone.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => InProcessApi.ExecuteAsync(api, snapshot, HeadlineQuery, budget: budget));

        Assert.Equal(RequestBudget.StopReason.ClientGone, budget.Stopped);
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
