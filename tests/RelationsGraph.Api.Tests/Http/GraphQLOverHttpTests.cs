using System.Net;
using System.Text;
using Xunit;

namespace RelationsGraph.Api.Tests.Http;

/// <summary>The endpoint follows the GraphQL-over-HTTP specification's methods, media types and status codes.</summary>
public sealed class GraphQLOverHttpTests(ApiServer server)
{
    private const string ProvinceQuery = "{ province(name: \"Xaisomboun\") { id } }";

    [Fact]
    public async Task Post_with_json_answers_graphql_response_json()
    {
        using var client = server.CreateGraphQLClient();

        var response = await client.PostAsync(ProvinceQuery);

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.MediaType);
        Assert.Equal("LA-XS", response.Data?["province"]?["id"].Text());
    }

    [Fact]
    public async Task Post_accepting_only_application_json_answers_application_json()
    {
        using var client = server.CreateGraphQLClient();

        var response = await client.PostAsync(ProvinceQuery, accept: "application/json");

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("application/json", response.MediaType);
    }

    [Fact]
    public async Task Post_without_accept_header_answers_application_json()
    {
        using var http = server.CreateHttpClient();
        using var content = new StringContent("{\"query\":\"{ graph { source } }\"}", Encoding.UTF8, "application/json");

        using var response = await http.PostAsync("/graphql", content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Get_with_query_variables_and_operation_name_executes_the_query()
    {
        using var client = server.CreateGraphQLClient();
        var query = Uri.EscapeDataString("query Find($name: String!) { province(name: $name) { id } } query Other { graph { source } }");
        var variables = Uri.EscapeDataString("{\"name\":\"Xay Sổm Bun\"}");

        var response = await client.GetAsync($"/graphql?query={query}&variables={variables}&operationName=Find");

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("LA-XS", response.Data?["province"]?["id"].Text());
    }

    [Fact]
    public async Task Get_with_a_mutation_is_refused_with_405()
    {
        using var client = server.CreateGraphQLClient();

        var response = await client.GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { nothing }"));

        Assert.Equal(405, response.StatusCode);
        Assert.Contains("POST", response.Allow);
    }

    [Fact]
    public async Task Validation_error_is_400_with_graphql_response_json_and_200_with_application_json()
    {
        using var client = server.CreateGraphQLClient();

        var strict = await client.PostAsync("{ province(name: \"Xaisomboun\") { noSuchField } }");
        var legacy = await client.PostAsync("{ province(name: \"Xaisomboun\") { noSuchField } }", accept: "application/json");

        Assert.Equal(400, strict.StatusCode);
        Assert.Null(strict.Data);
        Assert.Contains("noSuchField", strict.FirstErrorMessage, StringComparison.Ordinal);
        Assert.Equal(200, legacy.StatusCode);
        Assert.Contains("noSuchField", legacy.FirstErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Syntax_error_is_400_and_names_the_position()
    {
        using var client = server.CreateGraphQLClient();

        var response = await client.PostAsync("{ province(name: ");

        Assert.Equal(400, response.StatusCode);
        Assert.NotNull(response.Errors?[0]?["locations"]);
    }

    [Fact]
    public async Task Malformed_json_body_is_400()
    {
        using var http = server.CreateHttpClient();
        using var content = new StringContent("{\"query\": ", Encoding.UTF8, "application/json");

        using var response = await http.PostAsync("/graphql", content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Body_without_query_is_400()
    {
        using var http = server.CreateHttpClient();
        using var content = new StringContent("{\"variables\":{}}", Encoding.UTF8, "application/json");

        using var response = await http.PostAsync("/graphql", content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Unsupported_content_type_is_415()
    {
        using var http = server.CreateHttpClient();
        using var content = new StringContent(ProvinceQuery, Encoding.UTF8, "text/plain");

        using var response = await http.PostAsync("/graphql", content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Unacceptable_accept_header_is_406()
    {
        using var client = server.CreateGraphQLClient();

        var response = await client.PostAsync(ProvinceQuery, accept: "text/html");

        Assert.Equal(406, response.StatusCode);
    }

    [Fact]
    public async Task Other_methods_are_405_with_allow_header()
    {
        using var http = server.CreateHttpClient();
        using var content = new StringContent("{}", Encoding.UTF8, "application/json");

        using var response = await http.PutAsync("/graphql", content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("GET, POST", string.Join(", ", response.Content.Headers.Allow));
    }

    [Fact]
    public async Task Request_body_over_the_limit_is_413()
    {
        using var http = server.CreateHttpClient();
        var padding = new string(' ', 70 * 1024);
        using var content = new StringContent("{\"query\":\"{ graph { source } }" + padding + "\"}", Encoding.UTF8, "application/json");

        using var response = await http.PostAsync("/graphql", content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Schema_is_served_as_sdl()
    {
        using var http = server.CreateHttpClient();

        var sdl = await http.GetStringAsync("/schema.graphql", TestContext.Current.CancellationToken);

        Assert.Contains("province(", sdl, StringComparison.Ordinal);
        Assert.Contains("scalar Date", sdl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Root_redirects_to_the_playground()
    {
        using var http = server.CreateHttpClient();

        using var response = await http.GetAsync("/", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/playground/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Health_reports_the_snapshot_source_version_and_age()
    {
        using var http = server.CreateHttpClient();

        var health = System.Text.Json.Nodes.JsonNode.Parse(await http.GetStringAsync("/health", TestContext.Current.CancellationToken));

        Assert.Equal("ok", health?["status"].Text());
        Assert.Equal("graph-seed", health?["snapshot"]?["source"].Text());
        Assert.StartsWith("sha256:", health?["snapshot"]?["version"].Text(), StringComparison.Ordinal);
        Assert.True(health?["snapshot"]?["ageSeconds"]?.GetValue<double>() >= 0);
    }
}
