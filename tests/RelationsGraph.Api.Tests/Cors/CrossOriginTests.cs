using System.Net;
using System.Text;
using Xunit;

namespace RelationsGraph.Api.Tests.Cors;

/// <summary>
/// Other web sites' pages may read the public, read-only GraphQL endpoint: by default from any origin and never with
/// credentials; with Cors:AllowedOrigins, only from the listed sites.
/// </summary>
public sealed class CrossOriginTests(ApiServer server)
{
    [Fact]
    public async Task Preflight_from_any_site_to_graphql_is_allowed_by_default_without_credentials()
    {
        using var http = server.CreateHttpClient();

        using var response = await http.SendAsync(Preflight("https://news.example"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("*", Header(response, "Access-Control-Allow-Origin"));
        Assert.Contains("POST", Header(response, "Access-Control-Allow-Methods"), StringComparison.Ordinal);
        Assert.Contains("Content-Type", Header(response, "Access-Control-Allow-Headers"), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("3600", Header(response, "Access-Control-Max-Age"));
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task Cross_origin_query_is_answered_with_the_allow_origin_header()
    {
        using var http = server.CreateHttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ province(name: \"Xaisomboun\") { name } }"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Origin", "https://news.example");
        request.Headers.Accept.ParseAdd("application/graphql-response+json");

        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", Header(response, "Access-Control-Allow-Origin"));
        Assert.Contains("Xaisomboun", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Options_without_preflight_headers_is_still_405_on_graphql()
    {
        using var http = server.CreateHttpClient();

        using var response = await http.SendAsync(new HttpRequestMessage(HttpMethod.Options, "/graphql"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Only_configured_origins_are_allowed_and_may_frame_the_iframe_page()
    {
        using var restricted = ApiServer.WithSettings(new Dictionary<string, string?>
        {
            ["Cors:AllowedOrigins:0"] = "https://news.example/",
            ["Cors:AllowedOrigins:1"] = "http://localhost:8080",
        });
        using var http = restricted.CreateHttpClient();

        using var allowed = await http.SendAsync(Preflight("https://news.example"), TestContext.Current.CancellationToken);
        using var refused = await http.SendAsync(Preflight("https://elsewhere.example"), TestContext.Current.CancellationToken);
        using var page = await http.GetAsync("/embed?province=Xaisomboun", TestContext.Current.CancellationToken);
        using var query = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ graph { source } }"}""", Encoding.UTF8, "application/json"),
        };
        query.Headers.Add("Origin", "https://news.example");
        using var answer = await http.SendAsync(query, TestContext.Current.CancellationToken);

        Assert.Equal("https://news.example", Header(allowed, "Access-Control-Allow-Origin"));
        Assert.Contains("Origin", allowed.Headers.Vary);
        Assert.Equal("https://news.example", Header(answer, "Access-Control-Allow-Origin"));
        Assert.Contains("Origin", answer.Headers.Vary);
        Assert.Contains("Accept", answer.Headers.Vary);
        Assert.False(refused.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.EndsWith("frame-ancestors 'self' https://news.example http://localhost:8080", Header(page, "Content-Security-Policy"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Origin_with_a_path_in_the_configuration_stops_start_up()
    {
        var run = await ApiProcess.RunUntilExitAsync(new Dictionary<string, string> { ["Cors:AllowedOrigins:0"] = "https://news.example/embed" }, TestContext.Current.CancellationToken);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Cors:AllowedOrigins:0 is 'https://news.example/embed': expected \"*\" or an origin such as https://example.org", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening on", run.Output, StringComparison.Ordinal);
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");
        return request;
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"No {name} header; status {(int)response.StatusCode}.");
}
