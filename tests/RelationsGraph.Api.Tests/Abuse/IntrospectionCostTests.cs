using Xunit;

namespace RelationsGraph.Api.Tests.Abuse;

/// <summary>
/// The playground introspects the schema before it shows anything: the full introspection query must pass the cost
/// limit, while one that nests the schema's own lists level after level is refused like any other costly query.
/// </summary>
public sealed class IntrospectionCostTests : IDisposable
{
    private const string TypeRef = "fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }";

    private const string InputValue = "fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }";

    private const string FullType = """
        fragment FullType on __Type {
          kind name description
          fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        """;

    private const string FullIntrospection = """
        query IntrospectionQuery {
          __schema {
            description
            queryType { name } mutationType { name } subscriptionType { name }
            types { ...FullType }
            directives { name description locations args { ...InputValue } }
          }
        }
        """ + FullType + InputValue + TypeRef;

    private readonly ApiServer _server = ApiServer.WithSettings(new Dictionary<string, string?>());

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task The_full_introspection_query_a_playground_sends_is_answered()
    {
        using var client = _server.CreateGraphQLClient();

        var response = await client.PostAsync(FullIntrospection);

        Assert.True(response.Errors is null, response.Errors?.ToJsonString());
        Assert.True(response.Data!["__schema"]!["types"]!.AsArray().Count > 20);
    }

    [Fact]
    public async Task Introspection_that_nests_the_schemas_lists_is_refused_as_too_complex()
    {
        using var client = _server.CreateGraphQLClient();
        var nested = "{ __schema { types { " + string.Concat(Enumerable.Repeat("fields { type { ", 5)) + "name" + new string('}', 12) + " }";

        var response = await client.PostAsync(nested);

        Assert.Equal("QUERY_TOO_COMPLEX", response.Errors![0]!["extensions"]!["code"]!.GetValue<string>());
    }
}
