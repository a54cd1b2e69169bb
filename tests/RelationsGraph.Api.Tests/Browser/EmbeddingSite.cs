using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Xunit;

namespace RelationsGraph.Api.Tests.Browser;

/// <summary>
/// Someone else's web site: a second server on another port of 127.0.0.1, so another origin than the API, serving
/// one page that embeds RelationsGraph. The page has a strict Content-Security-Policy allowing scripts, requests and
/// frames from the API's origin only: no inline script, no eval, no inline style, and Trusted Types required for
/// script sinks (nothing may turn a string into HTML or script).
/// </summary>
public sealed class EmbeddingSite : IAsyncDisposable
{
    private readonly WebApplication _app;

    private EmbeddingSite(WebApplication app, Uri pageAddress)
    {
        _app = app;
        PageAddress = pageAddress;
    }

    public Uri PageAddress { get; }

    /// <summary>Starts a site whose page loads the embed script from <paramref name="api"/> and holds <paramref name="body"/>.</summary>
    public static async Task<EmbeddingSite> StartAsync(Uri api, string body)
    {
        var origin = api.GetLeftPart(UriPartial.Authority);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = ["--urls", "http://127.0.0.1:0"],
            ContentRootPath = Path.GetTempPath(),
        });
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var policy = $"default-src 'none'; script-src {origin}; connect-src {origin}; frame-src {origin}; base-uri 'none'; form-action 'none'; require-trusted-types-for 'script'";
        var html = $"""
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>Provincial diplomacy – a news site</title>
            <script src="{origin}/embed/relations-graph.js" defer></script>
            </head>
            <body>
            <h1>Provincial diplomacy</h1>
            {body}
            </body>
            </html>
            """;
        app.MapGet("/", (HttpContext context) =>
        {
            context.Response.Headers.ContentSecurityPolicy = policy;
            return Results.Content(html, "text/html; charset=utf-8");
        });
        app.MapGet("/favicon.ico", () => Results.NoContent());
        await app.StartAsync(TestContext.Current.CancellationToken);
        return new EmbeddingSite(app, new Uri(app.Urls.First()));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
