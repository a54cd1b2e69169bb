using System.Text.Json;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RelationsGraph.Api.GraphQL;
using RelationsGraph.Snapshots;
using Xunit;

namespace RelationsGraph.Api.Tests.Execution;

public sealed class DocumentCacheTests
{
    private const string Query = """{ provincesWithSeveralPartners(country: "LA", partnerCountry: "VN") { province { name } partners { partner { name } instruments { title } } } }""";

    [Fact]
    public async Task A_cached_document_without_variables_keeps_its_cost_estimate_until_the_graph_changes()
    {
        var snapshot = await InProcessApi.TestSnapshotAsync();
        using var services = InProcessApi.Services(snapshot);
        var limits = services.GetRequiredService<IOptions<GraphQLLimits>>().Value;

        async Task<double> EstimateAsync()
        {
            using var budget = new RequestBudget(limits, InProcessApi.FixedClock, TestContext.Current.CancellationToken);
            await InProcessApi.AnswerAsync(services, snapshot, Query, budget: budget);
            return budget.Complexity;
        }

        var first = await EstimateAsync();   // parsed and validated
        var second = await EstimateAsync();  // cached document: the complexity rule runs and its estimate is kept
        var third = await EstimateAsync();   // cached document and estimate: no validation rule runs
        services.GetRequiredService<SnapshotHolder>().Replace(await InProcessApi.TestSnapshotAsync("another graph"));
        var fourth = await EstimateAsync();  // another graph: estimated again

        Assert.True(first > 0);
        Assert.Equal([first, first, first], new[] { second, third, fourth });
    }

    /// <summary>Literal arguments of every kind: strings, numbers, dates, lists, input objects, directives, and
    /// fields of one response name merged across two selections (which execution adds to the request's tables).</summary>
    private const string Arguments = """
        {
          provinces(first: 7, country: "LA", asOf: "2024-01-01", orderBy: { field: NAME, direction: DESC }) { nodes { id name @include(if: true) } }
          several: provincesWithSeveralPartners(country: "LA", partnerCountry: "VN", minPartners: 1, levels: [PROVINCIAL_GOVERNMENT, DISTRICT]) { province { name } partners { partner { id } } }
          several: provincesWithSeveralPartners(country: "LA", partnerCountry: "VN", minPartners: 1, levels: [PROVINCIAL_GOVERNMENT, DISTRICT]) { partners { instruments { title @skip(if: false) signedOn } } }
          other: provincesWithSeveralPartners(country: "VN", partnerCountry: "LA", minPartners: 3) { partnerCount }
          instrument(id: "son-la-xaisomboun-minutes-2022-2024") { id parties { province { instruments(first: 2, includeBackground: false) { nodes { id } } } } }
        }
        """;

    private const string WithVariables = """
        query Several($country: String!, $partner: String!, $min: Int) {
          provincesWithSeveralPartners(country: $country, partnerCountry: $partner, minPartners: $min) { province { name } partnerCount partners { partner { name } } }
        }
        """;

    [Fact]
    public async Task A_cached_document_without_variables_answers_with_its_arguments_on_every_request()
    {
        var snapshot = await InProcessApi.TestSnapshotAsync();
        using var api = InProcessApi.Services(snapshot);
        using var fresh = InProcessApi.Services(snapshot, graphqlDotnetStrategy: true);
        var expected = await InProcessApi.AnswerAsync(fresh, snapshot, Arguments);

        // Parsed and validated, then the complexity rule, then no rule (values parsed and kept), then the kept values.
        var answers = new List<string>();
        for (var run = 0; run < 5; run++)
        {
            answers.Add(await InProcessApi.AnswerAsync(api, snapshot, Arguments));
        }

        Assert.Contains("\"several\"", expected, StringComparison.Ordinal);
        Assert.DoesNotContain("\"errors\"", expected, StringComparison.Ordinal);
        Assert.All(answers, answer => Assert.Equal(expected, answer));
    }

    [Fact]
    public async Task An_operation_that_merges_no_fields_gives_every_request_the_same_read_only_argument_tables()
    {
        var snapshot = await InProcessApi.TestSnapshotAsync();
        using var api = InProcessApi.Services(snapshot);
        using var fresh = InProcessApi.Services(snapshot, graphqlDotnetStrategy: true);
        // The arguments document with its second "several" given a response name of its own: nothing to merge.
        var unmerged = Arguments.Replace("several: provincesWithSeveralPartners(country: \"LA\", partnerCountry: \"VN\", minPartners: 1, levels: [PROVINCIAL_GOVERNMENT, DISTRICT]) { partners", "again: provincesWithSeveralPartners(country: \"LA\", partnerCountry: \"VN\", minPartners: 1, levels: [PROVINCIAL_GOVERNMENT, DISTRICT]) { partners", StringComparison.Ordinal);
        Assert.NotEqual(Arguments, unmerged);
        var expected = await InProcessApi.AnswerAsync(fresh, snapshot, unmerged);

        // Parsed and validated, then the complexity rule, then no rule (values kept), then the shared tables: a write
        // to them would throw, and the answer would differ.
        var answers = new List<string>();
        for (var run = 0; run < 5; run++)
        {
            answers.Add(await InProcessApi.AnswerAsync(api, snapshot, unmerged));
        }

        Assert.DoesNotContain("\"errors\"", expected, StringComparison.Ordinal);
        Assert.All(answers, answer => Assert.Equal(expected, answer));

        var validator = api.GetRequiredService<IDocumentValidator>();
        var schema = api.GetRequiredService<RelationsSchema>();
        var document = Parser.Parse(unmerged);
        ValidationOptions Options() => new()
        {
            Schema = schema,
            Document = document,
            Operation = document.Definitions.OfType<GraphQLOperationDefinition>().Single(),
            Rules = [],
            UserContext = new Dictionary<string, object?>(),
            Metrics = global::GraphQL.Instrumentation.Metrics.None,
            Variables = global::GraphQL.Inputs.Empty,
            Extensions = global::GraphQL.Inputs.Empty,
            CancellationToken = TestContext.Current.CancellationToken,
        };

        var first = await validator.ValidateAsync(Options());
        var second = await validator.ValidateAsync(Options());
        Assert.Same(first.ArgumentValues, second.ArgumentValues);
        Assert.Same(first.DirectiveValues, second.DirectiveValues);
        var arguments = Assert.IsAssignableFrom<IDictionary<GraphQLField, IDictionary<string, global::GraphQL.Execution.ArgumentValue>>>(first.ArgumentValues);
        Assert.True(arguments.IsReadOnly);
        Assert.Throws<NotSupportedException>(() => arguments[new GraphQLField(new GraphQLName("merged"))] = arguments.Values.First());
    }

    [Theory]
    [InlineData("{ a: provinces { nodes { id } } b: provinces { nodes { id } } }", false)]
    [InlineData("{ provinces { nodes { id } } provinces { totalCount } }", true)]
    [InlineData("{ provinces { nodes { id ... on Province { id } } } }", true)]
    [InlineData("{ provinces { nodes { ...Names ...Names } } } fragment Names on Province { name }", true)]
    [InlineData("{ provinces { nodes { id ...Names } } } fragment Names on Province { name }", false)]
    [InlineData("{ provinces { nodes { name ...Names } } } fragment Names on Province { name }", true)]
    [InlineData("{ x: provinces { nodes { id } } y: countries { id } }", false)]
    public void Merging_is_foreseen_from_response_names_fragments_included(string query, bool mayMerge)
    {
        var document = Parser.Parse(query);
        Assert.Equal(mayMerge, KeptArgumentsValidator.MayMerge(document, document.Definitions.OfType<GraphQLOperationDefinition>().Single()));
    }

    [Fact]
    public async Task A_cached_document_with_variables_answers_each_requests_values()
    {
        var snapshot = await InProcessApi.TestSnapshotAsync();
        using var api = InProcessApi.Services(snapshot);
        using var fresh = InProcessApi.Services(snapshot, graphqlDotnetStrategy: true);
        string[] variables = ["""{ "country": "LA", "partner": "VN" }""", """{ "country": "VN", "partner": "LA", "min": 1 }""", """{ "country": "LA", "partner": "VN", "min": 9 }"""];
        var expected = new List<string>();
        foreach (var values in variables)
        {
            expected.Add(await InProcessApi.AnswerAsync(fresh, snapshot, WithVariables, values));
        }

        for (var run = 0; run < 3; run++)
        {
            for (var index = 0; index < variables.Length; index++)
            {
                Assert.Equal(expected[index], await InProcessApi.AnswerAsync(api, snapshot, WithVariables, variables[index]));
            }
        }

        Assert.Equal(3, expected.Distinct().Count());
    }

    [Fact]
    public async Task The_validator_keeps_the_parsed_arguments_of_an_operation_without_variables_that_runs_no_rule()
    {
        var snapshot = await InProcessApi.TestSnapshotAsync();
        using var api = InProcessApi.Services(snapshot);
        var validator = api.GetRequiredService<IDocumentValidator>();
        var schema = api.GetRequiredService<RelationsSchema>();
        schema.Initialize();
        var document = Parser.Parse(Arguments);
        var variablesDocument = Parser.Parse(WithVariables);

        ValidationOptions Options(GraphQLParser.AST.GraphQLDocument parsed, IEnumerable<IValidationRule>? rules, string? variables = null) => new()
        {
            Schema = schema,
            Document = parsed,
            Operation = parsed.Definitions.OfType<GraphQLParser.AST.GraphQLOperationDefinition>().Single(),
            Rules = rules,
            UserContext = new Dictionary<string, object?>(),
            Metrics = global::GraphQL.Instrumentation.Metrics.None,
            Variables = variables is null ? global::GraphQL.Inputs.Empty : api.GetRequiredService<AnswerSerializer>().Deserialize<global::GraphQL.Inputs>(variables)!,
            Extensions = global::GraphQL.Inputs.Empty,
            CancellationToken = TestContext.Current.CancellationToken,
        };

        var validated = await validator.ValidateAsync(Options(document, rules: null));
        var first = await validator.ValidateAsync(Options(document, rules: []));
        var second = await validator.ValidateAsync(Options(document, rules: []));
        var withVariables = await validator.ValidateAsync(Options(variablesDocument, rules: [], """{ "country": "LA", "partner": "VN" }"""));
        var otherValues = await validator.ValidateAsync(Options(variablesDocument, rules: [], """{ "country": "VN", "partner": "LA" }"""));

        Assert.True(validated.IsValid && first.IsValid && second.IsValid);
        Assert.Equal(first.ArgumentValues!.Count, validated.ArgumentValues!.Count);
        Assert.NotSame(first.ArgumentValues, second.ArgumentValues);  // the request's own table
        Assert.All(first.ArgumentValues, pair => Assert.Same(pair.Value, second.ArgumentValues![pair.Key]));
        Assert.All(validated.ArgumentValues, pair => Assert.NotSame(pair.Value, first.ArgumentValues[pair.Key]));
        Assert.NotEmpty(second.DirectiveValues!);
        var argument = withVariables.ArgumentValues!.Values.Single()["country"].Value;
        Assert.Equal(["LA", "VN"], new[] { argument, otherValues.ArgumentValues!.Values.Single()["country"].Value });
    }

    [Fact]
    public async Task Collected_fields_are_kept_for_the_documents_own_selections_and_not_for_merged_ones()
    {
        var snapshot = await InProcessApi.TestSnapshotAsync();
        using var api = InProcessApi.Services(snapshot);
        var schema = api.GetRequiredService<RelationsSchema>();
        schema.Initialize();
        var document = Parser.Parse("""
            { instrument(id: "x") { ...parts id } }
            fragment parts on Instrument { parties { role } }
            """);
        var operation = document.Definitions.OfType<GraphQLOperationDefinition>().Single();
        var root = operation.SelectionSet;
        var instrument = (GraphQLField)root.Selections[0];
        var parties = (GraphQLField)document.Definitions.OfType<GraphQLFragmentDefinition>().Single().SelectionSet.Selections[0];
        var instrumentType = (IObjectGraphType)schema.AllTypes["Instrument"]!;
        var partyType = (IObjectGraphType)schema.AllTypes["Party"]!;
        CollectedField Field(GraphQLField field, IObjectGraphType type)
        {
            var definition = type.GetField(field.Name)!;
            return new CollectedField(field.Name.StringValue, JsonEncodedText.Encode(field.Name.StringValue), field, definition, new FieldOutput(definition.ResolvedType!), definition.Resolver as FieldResolvers.Resolver);
        }

        var kept = new KeptSelections(document, operation);
        CollectedField[] rootFields = [Field(instrument, schema.Query)];
        CollectedField[] fragmentFields = [Field(parties, instrumentType), Field((GraphQLField)instrument.SelectionSet!.Selections[1], instrumentType)];
        var merged = new GraphQLField(parties.Name) { SelectionSet = new GraphQLSelectionSet([.. parties.SelectionSet!.Selections]) };

        Assert.True(kept.TryKeep(schema.Query, root, rootFields));
        Assert.True(kept.TryKeep(instrumentType, instrument.SelectionSet, fragmentFields));  // a fragment's field is the document's own
        Assert.True(kept.TryGet(schema.Query, root, out var again) && ReferenceEquals(again, rootFields));
        Assert.False(kept.TryKeep(instrumentType, parties.SelectionSet, [Field(merged, instrumentType)]));  // a field made for a request
        Assert.False(kept.TryKeep(partyType, merged.SelectionSet, []));  // a selection set made for a request
        Assert.False(kept.TryGet(partyType, merged.SelectionSet, out _));
        Assert.False(kept.TryGet(instrumentType, parties.SelectionSet, out _));
    }
}
