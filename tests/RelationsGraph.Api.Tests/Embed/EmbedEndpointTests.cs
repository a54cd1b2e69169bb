using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using RelationsGraph.Api.Cors;
using RelationsGraph.Api.Embed;
using RelationsGraph.Testing;
using Xunit;

namespace RelationsGraph.Api.Tests.Embed;

/// <summary>How the API serves the embed view: a small stable loader, immutable hashed modules, and the iframe page.</summary>
public sealed partial class EmbedEndpointTests(ApiServer server)
{
    [Fact]
    public async Task Script_tag_loader_is_small_and_revalidated_cheaply_with_its_ETag()
    {
        using var http = server.CreateHttpClient();

        using var response = await http.GetAsync("/embed/relations-graph.js", TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        using var again = new HttpRequestMessage(HttpMethod.Get, "/embed/relations-graph.js");
        again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        using var revalidated = await http.SendAsync(again, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.NoCache, "The loader has a stable URL, so browsers must revalidate it.");
        Assert.NotNull(response.Headers.ETag);
        Assert.InRange(body.Length, 1, 1024);
        Assert.Matches(ElementModule(), body);
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
    }

    [Fact]
    public async Task Element_module_has_a_content_hashed_name_and_is_cached_as_immutable_and_compressed()
    {
        using var http = server.CreateHttpClient();
        var loader = await http.GetStringAsync("/embed/relations-graph.js", TestContext.Current.CancellationToken);
        var module = ElementModule().Match(loader).Value;
        using var request = new HttpRequestMessage(HttpMethod.Get, "/embed/" + module);
        request.Headers.Add("Origin", "https://news.example");
        request.Headers.AcceptEncoding.ParseAdd("gzip");

        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TimeSpan.FromDays(365), response.Headers.CacheControl?.MaxAge);
        Assert.Contains("immutable", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.Contains("gzip", response.Content.Headers.ContentEncoding);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Equal("cross-origin", response.Headers.GetValues("Cross-Origin-Resource-Policy").Single());
    }

    [Fact]
    public async Task Iframe_page_passes_known_parameters_as_encoded_attributes_under_a_strict_policy()
    {
        using var http = server.CreateHttpClient();
        var province = Uri.EscapeDataString("\"><script>alert(1)</script>");

        using var response = await http.GetAsync($"/embed?province={province}&as-of=2024-01-01&min-instruments=2&theme=dark&legend=false&onload=alert(1)", TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("province=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("as-of=\"2024-01-01\" min-instruments=\"2\" theme=\"dark\" legend=\"false\" height=\"100vh\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("onload", html, StringComparison.Ordinal);
        Assert.Contains("<script src=\"/embed/relations-graph.js\" defer></script>", html, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors *", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Iframe_page_refuses_a_parameter_longer_than_the_limit()
    {
        using var http = server.CreateHttpClient();

        using var response = await http.GetAsync("/embed?province=" + new string('x', EmbedPage.MaxParameterLength + 1), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'province'", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_built_bundle_the_embed_paths_answer_503_with_the_reason()
    {
        using var emptyWebRoot = new TemporaryDirectory();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = ["--urls", "http://127.0.0.1:0"],
            WebRootPath = emptyWebRoot.Path,
            ContentRootPath = emptyWebRoot.Path,
            EnvironmentName = "Testing",
        });
        builder.Logging.ClearProviders();
        builder.Services.AddCrossOriginPolicy(builder.Configuration);
        builder.Services.AddEmbed();
        await using var app = builder.Build();
        app.UseCrossOriginPolicy();
        app.MapEmbed();
        await app.StartAsync(TestContext.Current.CancellationToken);
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        foreach (var path in new[] { "/embed?province=Xaisomboun", "/embed/relations-graph.js" })
        {
            using var response = await http.GetAsync(path, TestContext.Current.CancellationToken);

            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Contains("has not been built", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }

        await app.StopAsync(TestContext.Current.CancellationToken);
    }

    [GeneratedRegex(@"assets/element-[A-Za-z0-9_-]{6,}\.js")]
    private static partial Regex ElementModule();
}
