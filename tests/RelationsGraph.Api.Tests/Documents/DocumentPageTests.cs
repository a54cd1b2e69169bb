using System.Net;
using RelationsGraph.Testing;
using Xunit;

namespace RelationsGraph.Api.Tests.Documents;

/// <summary>GET /documents/{id}: the citable page the embed view links to for a source without a URL of its own.</summary>
public sealed class DocumentPageTests(ApiServer server)
{
    private const string BacGiangReport = "29ee57d260cf0402";

    [Fact]
    public async Task Document_page_shows_its_metadata_and_every_quote_with_what_it_supports()
    {
        using var http = server.CreateHttpClient();
        using var client = server.CreateGraphQLClient();
        var evidence = (await client.QueryAsync($$"""{ document(id: "{{BacGiangReport}}") { evidence { start end quote } } }"""))["document"]!["evidence"]!.Array();
        var passages = evidence.Select(e => (e!["start"]!.GetValue<int>(), e["end"]!.GetValue<int>())).Distinct().Count();

        using var response = await http.GetAsync($"/documents/{BacGiangReport}", TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<h1 lang=\"en\">Bac Giang to realize cooperation agreement with Xaisomboun province, Laos in period of 2021-2025</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Language</dt><dd>en</dd>", html, StringComparison.Ordinal);
        Assert.Contains("sha256:29ee57d260cf04026cc2cfc752de4eab31940e989ea32e5234b74f115edef238", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Publisher</dt><dd><span class=\"muted\">not recorded</span></dd>", html, StringComparison.Ordinal);
        Assert.Contains($"Evidence ({passages} passages quoted)", html, StringComparison.Ordinal);
        Assert.Equal(passages, html.Split("<blockquote").Length - 1);
        Assert.Contains("Plan No 481/KH-UBND on implementation of the Cooperation Agreement between Bac Giang and Xaisomboun, 2021-2025", html, StringComparison.Ordinal);
        Assert.Contains("the agreement <strong>Cooperation Agreement between Bac Giang province and Xaisomboun province (Laos), 2021-2025</strong>", html, StringComparison.Ordinal);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.StartsWith("default-src 'none'; style-src 'sha256-", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quotes_supporting_commitments_name_the_commitment_and_its_instrument()
    {
        using var http = server.CreateHttpClient();

        var html = await http.GetStringAsync("/documents/47ee15861c1057de", TestContext.Current.CancellationToken);

        Assert.Contains("the commitment “Building or upgrading 5 school sites in 5 districts of Xaisomboun” under the implementation plan <strong>Plan No 481/KH-UBND", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_document_is_a_404_page_naming_the_id_as_text()
    {
        using var http = server.CreateHttpClient();

        using var response = await http.GetAsync("/documents/%3Cb%3Enope", TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("No source document has the id <code>&lt;b&gt;nope</code>.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markup_in_document_data_is_shown_as_characters()
    {
        using var copy = new SeedCopy();
        copy.Replace("documents.csv", "Bac Giang to realize cooperation agreement", "<script>alert(1)</script>Bac Giang to realize cooperation agreement");
        // Quotes are checked against their span's length: the replacement keeps it.
        copy.Replace("evidence.csv", "The plan No 481/KH-UBND replaced", "<img src=x onerror=a()> replaced");
        using var markupServer = ApiServer.WithSettings(new Dictionary<string, string?> { ["Seed:Path"] = copy.Path });
        using var http = markupServer.CreateHttpClient();

        var html = await http.GetStringAsync($"/documents/{BacGiangReport}", TestContext.Current.CancellationToken);

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;Bac Giang to realize", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=a()&gt; replaced", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
    }
}
