using Microsoft.Playwright;
using RelationsGraph.Api.Tests.Browser;
using RelationsGraph.Seed;
using Xunit;

namespace RelationsGraph.Loader.Tests.Review;

/// <summary>
/// A curator's session in Debian's Chromium: the review app and the API run on the same copy of the test seed; the
/// curator accepts a fact, corrects a date, merges a duplicate and rejects an event, from the keyboard, and the
/// running API's GraphQL answers change accordingly.
/// </summary>
public sealed class ReviewBrowserTests(BrowserSession browser) : IClassFixture<BrowserSession>
{
    private static readonly LocatorAssertionsToContainTextOptions Slow = new() { Timeout = 30_000 };

    [Fact]
    public async Task Curator_accepts_corrects_merges_and_rejects_and_the_api_serves_each_decision()
    {
        using var seed = new ReviewTestSeed();
        using var api = await RunningApi.StartAsync(seed.Path);
        await using var app = await ReviewApp.StartAsync("--into", seed.Path, "--documents", ReviewTestSeed.Documents, "--reviewer", "Lan Nguyen");
        await using var observed = await browser.OpenPageAsync(1400, 900);
        var page = observed.Page;

        await page.GotoAsync(app.SessionAddress.ToString());
        await Assertions.Expect(page.Locator("body[data-ready]")).ToHaveCountAsync(1, new() { Timeout = 30_000 });
        Assert.Equal(app.Address.ToString(), page.Url);
        await Assertions.Expect(page.Locator("#queue-title")).ToContainTextAsync("Awaiting review (10)");

        // Partnership answers count reviewed facts only, unless a caller asks for unreviewed ones too.
        const string partners = """{ province(name: "Binh Phuoc") { reviewed: partners { instruments { id } } all: partners(includeUnreviewed: true) { instruments { id } } } }""";
        var before = await api.QueryAsync(partners);
        Assert.DoesNotContain(ReviewTestSeed.Mou, InstrumentIds(before["province"]!["reviewed"]!));
        Assert.Contains(ReviewTestSeed.Mou, InstrumentIds(before["province"]!["all"]!));

        // Accept: the MOU as extracted.
        await OpenAsync(page, ReviewTestSeed.Mou);
        await page.Keyboard.PressAsync("a");
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync($"Accepted: {ReviewTestSeed.Mou}", Slow);
        var accepted = await api.WaitForAsync(
            $$"""{ instrument(id: "{{ReviewTestSeed.Mou}}") { reviewedBy reviewedAt } }""",
            data => data["instrument"]?["reviewedBy"]?.GetValue<string>() == "Lan Nguyen");
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", accepted["instrument"]!["reviewedAt"]!.GetValue<string>());
        Assert.Contains(ReviewTestSeed.Mou, InstrumentIds((await api.QueryAsync(partners))["province"]!["reviewed"]!));

        // Correct a date: the minutes were signed on 16 August 2022; the text is shown with the evidence in view.
        await OpenAsync(page, ReviewTestSeed.Minutes);
        await Assertions.Expect(page.Locator("pre.text mark.current").First).ToBeInViewportAsync();
        await Assertions.Expect(page.Locator("pre.text")).ToContainTextAsync("Ngày 16/8");
        await page.Keyboard.PressAsync("e");
        await page.Locator("#f-signedOn").FillAsync("2022-08-16");
        await page.Keyboard.PressAsync("Escape");
        await page.Keyboard.PressAsync("c");
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync($"Accepted with corrections: {ReviewTestSeed.Minutes}", Slow);
        var corrected = await api.WaitForAsync(
            $$"""{ instrument(id: "{{ReviewTestSeed.Minutes}}") { signedOn reviewedBy signedOnClaims { value evidence { claimedBy quote } } } }""",
            data => data["instrument"]?["signedOn"]?.GetValue<string>() == "2022-08-16");
        var claim = Assert.Single(corrected["instrument"]!["signedOnClaims"]!.AsArray());
        Assert.Equal("2022-08-16", claim!["value"]!.GetValue<string>());
        Assert.Equal("Lan Nguyen", claim["evidence"]![0]!["claimedBy"]!.GetValue<string>());

        // Merge a duplicate: the "agreement" is the same minutes.
        await OpenAsync(page, ReviewTestSeed.Duplicate);
        await page.Locator($"input[name='merge-into'][value='{ReviewTestSeed.Minutes}']").CheckAsync();
        await page.Locator("#fact-title").ClickAsync();
        await page.Keyboard.PressAsync("m");
        await page.Locator("#confirm-note").FillAsync("the same minutes, called an agreement");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync($"Merged into {ReviewTestSeed.Minutes}: {ReviewTestSeed.Duplicate}", Slow);
        var merged = await api.WaitForAsync(
            $$"""{ duplicate: instrument(id: "{{ReviewTestSeed.Duplicate}}") { id } minutes: instrument(id: "{{ReviewTestSeed.Minutes}}") { evidence { field value } } }""",
            data => data["duplicate"] is null);
        Assert.Contains(merged["minutes"]!["evidence"]!.AsArray(), evidence => evidence!["field"]?.GetValue<string>() == "kind" && evidence["value"]?.GetValue<string>() == "agreement");

        // Reject: the award is an event, not a partnership.
        await OpenAsync(page, ReviewTestSeed.Award);
        await page.Keyboard.PressAsync("r");
        await page.Locator("#confirm-note").FillAsync("an award is not a partnership");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync($"Rejected: {ReviewTestSeed.Award}", Slow);
        await api.WaitForAsync($$"""{ instrument(id: "{{ReviewTestSeed.Award}}") { id } }""", data => data["instrument"] is null);
        await Assertions.Expect(page.Locator("#queue-title")).ToContainTextAsync("Awaiting review (6)");
        await observed.ScreenshotAsync("review");

        var graph = await GraphSeedReader.ReadAsync(seed.Path, TestContext.Current.CancellationToken);
        Assert.Equal([ReviewTestSeed.Award, ReviewTestSeed.Duplicate], graph.Rejections.Select(rejection => rejection.FactId).Order(StringComparer.Ordinal));
        Assert.True(observed.Problems.Count == 0, string.Join("\n", observed.Problems));
    }

    [Fact]
    public async Task Keyboard_moves_through_the_queue_with_visible_focus_and_the_text_in_view()
    {
        using var seed = new ReviewTestSeed();
        await using var app = await ReviewApp.StartAsync("--into", seed.Path, "--documents", ReviewTestSeed.Documents);
        await using var observed = await browser.OpenPageAsync(1400, 900);
        var page = observed.Page;
        await page.GotoAsync(app.SessionAddress.ToString());
        await Assertions.Expect(page.Locator("body[data-ready]")).ToHaveCountAsync(1, new() { Timeout = 30_000 });
        var first = await page.Locator("#fact-title").TextContentAsync();

        await page.Keyboard.PressAsync("j");
        await Assertions.Expect(page.Locator("#fact-title")).Not.ToHaveTextAsync(first!);
        await page.Keyboard.PressAsync("k");
        await Assertions.Expect(page.Locator("#fact-title")).ToHaveTextAsync(first!);
        await page.Keyboard.PressAsync("n");
        await Assertions.Expect(page.Locator("mark.current").First).ToBeInViewportAsync();
        await page.Keyboard.PressAsync("Tab");
        var outline = await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle");

        Assert.Equal("solid", outline);
        Assert.True(observed.Problems.Count == 0, string.Join("\n", observed.Problems));
    }

    private static async Task OpenAsync(IPage page, string factId)
    {
        await page.Locator($"#queue button[data-fact='{factId}']").ClickAsync();
        await Assertions.Expect(page.Locator($"#queue button[data-fact='{factId}'][aria-current]")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#fact-title")).Not.ToBeEmptyAsync();
        // Back to the page body, so that the shortcuts apply (a button keeps the focus after a click).
        await page.Locator("#fact-title").ClickAsync();
    }

    private static List<string> InstrumentIds(System.Text.Json.Nodes.JsonNode partnerships) =>
        [.. partnerships.AsArray().SelectMany(partnership => partnership!["instruments"]!.AsArray()).Select(instrument => instrument!["id"]!.GetValue<string>())];
}
