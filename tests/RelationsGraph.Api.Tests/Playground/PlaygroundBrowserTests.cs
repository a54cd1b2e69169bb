using Microsoft.Playwright;
using RelationsGraph.Api.Tests.Browser;
using Xunit;

namespace RelationsGraph.Api.Tests.Playground;

/// <summary>The GraphiQL playground in a real browser: it loads cleanly and answers the journalists' first question.</summary>
public sealed class PlaygroundBrowserTests(ApiServer server, BrowserSession browser)
{
    [Fact]
    public async Task Playground_opens_with_examples_and_runs_the_first_one_without_console_errors()
    {
        await using var observed = await browser.OpenPageAsync();
        var page = observed.Page;

        // The bundle is large (GraphiQL and Monaco) and the suite runs browsers in parallel: wait for the editor itself.
        await page.GotoAsync(new Uri(server.BaseAddress, "/playground/").ToString(), new PageGotoOptions { Timeout = 60_000 });
        await page.Locator(".graphiql-query-editor").WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        await Assertions.Expect(page.Locator(".graphiql-query-editor")).ToContainTextAsync("provincesWithSeveralPartners");
        Assert.True(await page.Locator(".graphiql-tab").CountAsync() >= 8, "The examples should open as tabs.");

        await page.Locator(".graphiql-execute-button").ClickAsync();
        // The result editor renders only its visible lines: the first province listed is the one with most partners.
        await Assertions.Expect(page.Locator(".graphiql-response")).ToContainTextAsync("Champasak", new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator(".graphiql-response")).ToContainTextAsync("\"partnerCount\": 3");
        await observed.ScreenshotAsync("playground");

        Assert.Empty(observed.Problems);
    }

    [Fact]
    public async Task Playground_is_served_with_a_content_security_policy_that_forbids_framing_and_no_referrer()
    {
        using var http = server.CreateHttpClient();

        using var response = await http.GetAsync("/playground/", TestContext.Current.CancellationToken);

        Assert.True(response.IsSuccessStatusCode, $"GET /playground/ returned {(int)response.StatusCode}");
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }
}
