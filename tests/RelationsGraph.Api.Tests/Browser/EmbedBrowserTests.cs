using System.Net;
using Microsoft.Playwright;
using RelationsGraph.Testing;
using Xunit;

namespace RelationsGraph.Api.Tests.Browser;

/// <summary>
/// The embeddable network view in a real browser, on a page of another origin (another port) under a strict
/// Content-Security-Policy: by script tag and custom element, and by iframe.
/// </summary>
public sealed class EmbedBrowserTests(ApiServer server, BrowserSession browser)
{
    private const string BacGiang = "VN-54";
    private const string SonLa = "VN-05";
    private const string Xaisomboun = "LA-XS";
    private const string AgreementId = "bac-giang-xaisomboun-agreement-2021-2025";
    private const string AgreementTitle = "Cooperation Agreement between Bac Giang province and Xaisomboun province (Laos), 2021-2025";
    private const string AgreementSourceId = "29ee57d260cf0402";

    [Fact]
    public async Task Script_tag_on_another_origin_shows_Xaisomboun_with_Bac_Giang_and_Son_La_among_its_partners()
    {
        await using var site = await EmbeddingSite.StartAsync(server.BaseAddress, """<relations-graph province="Xaisomboun"></relations-graph>""");
        await using var observed = await browser.OpenPageAsync();
        var view = await OpenAsync(observed, site);

        Assert.NotEqual(server.BaseAddress.Port, site.PageAddress.Port);
        await Assertions.Expect(view.Title).ToHaveTextAsync("Foreign partners of Xaisomboun (Xay Sổm Bun)");
        Assert.NotNull(await view.NodePositionAsync(Xaisomboun));
        await view.HoverNodeAsync(BacGiang);
        await Assertions.Expect(view.Tooltip).ToContainTextAsync("Bac Giang");
        await Assertions.Expect(view.Tooltip).ToContainTextAsync("Bắc Giang");
        await Assertions.Expect(view.Tooltip).ToContainTextAsync("5 instruments");
        await view.HoverNodeAsync(SonLa);
        await Assertions.Expect(view.Tooltip).ToContainTextAsync("Son La");
        await Assertions.Expect(view.Tooltip).ToContainTextAsync("Sơn La");
        await observed.ScreenshotAsync("embed-script-tag");

        Assert.Empty(observed.Problems);
    }

    [Fact]
    public async Task Clicking_Bac_Giang_opens_the_details_with_the_2021_2025_agreement_and_its_source()
    {
        await using var site = await EmbeddingSite.StartAsync(server.BaseAddress, """<relations-graph province="Xay Som Bun"></relations-graph>""");
        await using var observed = await browser.OpenPageAsync();
        var view = await OpenAsync(observed, site);

        await view.ClickNodeAsync(BacGiang);

        await Assertions.Expect(view.Details).ToBeVisibleAsync();
        await Assertions.Expect(view.Details.Locator(".details-title")).ToHaveTextAsync("Bac Giang (Bắc Giang)");
        var agreement = view.Details.Locator($"li.instrument[data-instrument='{AgreementId}']");
        await Assertions.Expect(agreement).ToContainTextAsync(AgreementTitle);
        await Assertions.Expect(agreement).ToContainTextAsync("Agreement");
        await Assertions.Expect(agreement.Locator("dd").Nth(1)).ToHaveTextAsync("2021–2025");
        var source = agreement.Locator($"a[href*='/documents/{AgreementSourceId}#ev-']");
        await Assertions.Expect(source).ToHaveTextAsync("Bac Giang to realize cooperation agreement with Xaisomboun province, Laos in period of 2021-2025");
        await Assertions.Expect(source).ToHaveAttributeAsync("rel", "noopener noreferrer");
        await observed.ScreenshotAsync("embed-details-bac-giang");

        var href = await source.GetAttributeAsync("href");
        Assert.Equal(new Uri(server.BaseAddress, $"/documents/{AgreementSourceId}"), new Uri(new Uri(href!).GetLeftPart(UriPartial.Path)));
        Assert.Matches("#ev-[0-9]+-[0-9]+$", href);
        using var http = server.CreateHttpClient();
        var document = await http.GetStringAsync(href, TestContext.Current.CancellationToken);
        Assert.Contains("Bac Giang to realize cooperation agreement", document, StringComparison.Ordinal);
        Assert.Empty(observed.Problems);
    }

    [Fact]
    public async Task Clicking_a_partnership_line_opens_the_details_of_that_partnership()
    {
        await using var site = await EmbeddingSite.StartAsync(server.BaseAddress, """<relations-graph province="Xaisomboun"></relations-graph>""");
        await using var observed = await browser.OpenPageAsync();
        var view = await OpenAsync(observed, site);
        var centre = (await view.NodePositionAsync(Xaisomboun))!;
        var sonLa = (await view.NodePositionAsync(SonLa))!;
        var middle = new Position { X = (centre.X + sonLa.X) / 2, Y = (centre.Y + sonLa.Y) / 2 };

        await view.Canvas.HoverAsync(new() { Position = middle });
        await Assertions.Expect(view.Tooltip).ToContainTextAsync("Xaisomboun – Son La");
        await Assertions.Expect(view.Tooltip).ToContainTextAsync("Xay Sổm Bun – Sơn La");
        await view.Canvas.ClickAsync(new() { Position = middle });

        await Assertions.Expect(view.Details.Locator(".details-title")).ToHaveTextAsync("Xaisomboun – Son La");
        await Assertions.Expect(view.Details.Locator("li.instrument")).ToHaveCountAsync(1);
        await Assertions.Expect(view.Details.Locator("li.instrument .kind")).ToHaveTextAsync("Minutes");
        await Assertions.Expect(view.Details.Locator("li.instrument")).ToContainTextAsync("2022–2024");
        await observed.ScreenshotAsync("embed-details-edge");

        Assert.Empty(observed.Problems);
    }

    [Fact]
    public async Task Table_lists_the_same_partnerships_as_the_picture_and_the_API()
    {
        await using var site = await EmbeddingSite.StartAsync(server.BaseAddress, """<relations-graph province="Xaysomboun"></relations-graph>""");
        await using var observed = await browser.OpenPageAsync();
        var view = await OpenAsync(observed, site);
        using var client = server.CreateGraphQLClient();
        var data = await client.QueryAsync("""{ province(name: "Xaisomboun") { partners { partner { id name } instruments { id } } } }""");
        var expected = data["province"]!["partners"]!.Array()
            .Select(p => (Name: p!["partner"]!["name"].Text(), Instruments: p["instruments"]!.Array().Count))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ToList();

        await view.ViewButton("table").ClickAsync();

        await Assertions.Expect(view.Table).ToBeVisibleAsync();
        await Assertions.Expect(view.Canvas).ToBeHiddenAsync();
        await Assertions.Expect(view.ViewButton("table")).ToHaveAttributeAsync("aria-pressed", "true");
        await Assertions.Expect(view.Table.Locator("caption")).ToContainTextAsync("Xaisomboun");
        var rows = view.Table.Locator("tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(expected.Count);
        var actual = new List<(string Name, int Instruments)>();
        for (var i = 0; i < expected.Count; i++)
        {
            var row = rows.Nth(i);
            actual.Add((await row.Locator("th[scope=row] button").InnerTextAsync(), int.Parse(await row.Locator("td.number").First.InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture)));
        }

        Assert.Equal(expected, actual.OrderBy(p => p.Name, StringComparer.Ordinal).ToList());
        Assert.Contains(expected, p => p.Name == "Bac Giang");
        Assert.Contains(expected, p => p.Name == "Son La");
        foreach (var id in new[] { BacGiang, SonLa })
        {
            await Assertions.Expect(view.Table.Locator($"button[data-partner='{id}']")).ToHaveCountAsync(1);
        }

        await observed.ScreenshotAsync("embed-table");
        Assert.Empty(observed.Problems);
    }

    [Fact]
    public async Task Keyboard_reaches_every_partner_in_the_picture_and_in_the_table_with_visible_focus()
    {
        await using var site = await EmbeddingSite.StartAsync(server.BaseAddress, """<relations-graph province="Xaisomboun"></relations-graph>""");
        await using var observed = await browser.OpenPageAsync();
        var view = await OpenAsync(observed, site);
        var keyboard = observed.Page.Keyboard;

        // Tab from the top of the page to the picture, then arrow keys from province to province.
        for (var i = 0; i < 10 && await view.FocusedTagAsync() != "canvas"; i++)
        {
            await keyboard.PressAsync("Tab");
        }

        Assert.Equal("canvas", await view.FocusedTagAsync());
        Assert.True(await view.FocusIsVisibleAsync(), "The focused picture should show a visible outline.");
        var announced = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            await keyboard.PressAsync("ArrowRight");
            announced.Add(await view.Announcer.InnerTextAsync());
        }

        Assert.Contains(announced, text => text.StartsWith("Xaisomboun (Xay Sổm Bun), Laos", StringComparison.Ordinal));
        Assert.Contains(announced, text => text.StartsWith("Bac Giang (Bắc Giang), Vietnam: 5 instruments with Xaisomboun", StringComparison.Ordinal));
        Assert.Contains(announced, text => text.StartsWith("Son La (Sơn La), Vietnam: 1 instrument with Xaisomboun", StringComparison.Ordinal));
        while (!(await view.Announcer.InnerTextAsync()).StartsWith("Bac Giang", StringComparison.Ordinal))
        {
            await keyboard.PressAsync("ArrowRight");
        }

        await keyboard.PressAsync("Enter");
        await Assertions.Expect(view.Details.Locator($"li.instrument[data-instrument='{AgreementId}']")).ToBeVisibleAsync();
        Assert.Equal("Bac Giang (Bắc Giang)", await view.FocusedTextAsync());
        await observed.ScreenshotAsync("embed-keyboard-details");
        await keyboard.PressAsync("Escape");
        await Assertions.Expect(view.Details).ToBeHiddenAsync();
        Assert.Equal("canvas", await view.FocusedTagAsync());

        // The table: Shift+Tab back to the view switch, Enter, then Tab through every partner.
        while (await view.FocusedTextAsync() != "Table")
        {
            await keyboard.PressAsync("Shift+Tab");
        }

        await keyboard.PressAsync("Enter");
        var partners = new List<string> { await view.FocusedTextAsync() };
        Assert.True(await view.FocusIsVisibleAsync(), "The focused partner should show a visible outline.");
        await keyboard.PressAsync("Tab");
        partners.Add(await view.FocusedTextAsync());
        Assert.Equal(["Bac Giang", "Son La"], partners);
        await keyboard.PressAsync("Enter");
        await Assertions.Expect(view.Details).ToContainTextAsync("Minutes");
        await observed.ScreenshotAsync("embed-keyboard-table");

        Assert.Empty(observed.Problems);
    }

    [Fact]
    public async Task Province_name_with_markup_is_shown_as_characters_and_nothing_runs()
    {
        const string Name = "<img src=x onerror=alert(1)>Xaisomboun";
        using var copy = new SeedCopy();
        copy.Replace("units.csv", "LA-XS,LA,province,Xaisomboun,", $"LA-XS,LA,province,{Name},");
        using var markupServer = ApiServer.WithSettings(new Dictionary<string, string?> { ["Seed:Path"] = copy.Path });
        await using var site = await EmbeddingSite.StartAsync(markupServer.BaseAddress, """<relations-graph province="LA-XS"></relations-graph>""");
        await using var observed = await browser.OpenPageAsync();
        var dialogs = new List<string>();
        observed.Page.Dialog += (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            _ = dialog.DismissAsync();
        };
        var view = await OpenAsync(observed, site);

        await Assertions.Expect(view.Title).ToHaveTextAsync($"Foreign partners of {Name} (Xay Sổm Bun)");
        await view.HoverNodeAsync(Xaisomboun);
        await Assertions.Expect(view.Tooltip.Locator("strong")).ToHaveTextAsync(Name);
        await view.ClickNodeAsync(Xaisomboun);
        await Assertions.Expect(view.Details.Locator(".details-title")).ToHaveTextAsync($"{Name} (Xay Sổm Bun)");
        await view.Details.Locator("button.close").ClickAsync();
        await view.ViewButton("table").ClickAsync();
        await Assertions.Expect(view.Table.Locator("tbody tr").First.Locator("td").First).ToContainTextAsync(Name);
        await observed.ScreenshotAsync("embed-markup-as-text");

        Assert.Equal(0, await observed.Page.Locator("img").CountAsync());
        Assert.Equal(0, await view.Element.EvaluateAsync<int>("element => element.shadowRoot.querySelectorAll('img').length"));
        Assert.Empty(dialogs);
        Assert.Empty(observed.Problems);
    }

    [Fact]
    public async Task Source_links_follow_only_http_urls_and_otherwise_the_API_document_page()
    {
        using var copy = new SeedCopy();
        copy.Replace("documents.csv", "2021-2025\",,,,en,sha256:29ee", "2021-2025\",,javascript:alert(1),,en,sha256:29ee");
        copy.Replace("documents.csv", "Ủy ban nhân dân tỉnh Bắc Giang,,,vi,sha256:47ee", "Ủy ban nhân dân tỉnh Bắc Giang,https://example.org/plan-481,,vi,sha256:47ee");
        using var urlServer = ApiServer.WithSettings(new Dictionary<string, string?> { ["Seed:Path"] = copy.Path });
        await using var site = await EmbeddingSite.StartAsync(urlServer.BaseAddress, """<relations-graph province="Xaisomboun"></relations-graph>""");
        await using var observed = await browser.OpenPageAsync();
        var view = await OpenAsync(observed, site);

        await view.ClickNodeAsync(BacGiang);

        var links = view.Details.Locator($"li.instrument[data-instrument='{AgreementId}'] a");
        await Assertions.Expect(links).ToHaveCountAsync(2);
        Assert.Equal(
            [new Uri(urlServer.BaseAddress, $"/documents/{AgreementSourceId}").ToString(), "https://example.org/plan-481"],
            [new Uri((await links.Nth(0).GetAttributeAsync("href"))!).GetLeftPart(UriPartial.Path), await links.Nth(1).GetAttributeAsync("href")]);
        await Assertions.Expect(links.Nth(1)).ToHaveAttributeAsync("target", "_blank");
        Assert.Equal(0, await view.Details.Locator("a[href^='javascript']").CountAsync());
        using var http = urlServer.CreateHttpClient();
        var page = await http.GetStringAsync($"/documents/{AgreementSourceId}", TestContext.Current.CancellationToken);
        Assert.DoesNotContain("javascript:", page, StringComparison.Ordinal);
        await observed.ScreenshotAsync("embed-source-links");

        Assert.Empty(observed.Problems);
    }

    [Fact]
    public async Task Iframe_page_on_another_origin_shows_the_same_network_details_and_table()
    {
        var frameUrl = new Uri(server.BaseAddress, "/embed?province=Xaisomboun&as-of=2024-01-01&height=520px");
        await using var site = await EmbeddingSite.StartAsync(
            server.BaseAddress,
            $"""<iframe src="{WebUtility.HtmlEncode(frameUrl.ToString())}" title="Foreign partners of Xaisomboun" width="960" height="540"></iframe>""");
        await using var observed = await browser.OpenPageAsync();
        await observed.Page.GotoAsync(site.PageAddress.ToString());
        var view = EmbedView.InFrame(observed.Page.FrameLocator("iframe"));
        await view.WaitForNetworkAsync("3 provinces, 2 partnerships.");

        await Assertions.Expect(view.Title).ToHaveTextAsync("Foreign partners of Xaisomboun (Xay Sổm Bun)");
        await Assertions.Expect(view.Element.Locator(".subtitle")).ToContainTextAsync("in force on 2024-01-01");
        await view.ClickNodeAsync(BacGiang);
        await Assertions.Expect(view.Details.Locator($"li.instrument[data-instrument='{AgreementId}']")).ToContainTextAsync(AgreementTitle);
        await Assertions.Expect(view.Details.Locator($"a[href*='/documents/{AgreementSourceId}#ev-']").First).ToBeVisibleAsync();
        await observed.ScreenshotAsync("embed-iframe-details");
        await view.Details.Locator("button.close").ClickAsync();
        await view.ViewButton("table").ClickAsync();
        await Assertions.Expect(view.Table.Locator("th[scope=row] button")).ToHaveTextAsync(["Bac Giang", "Son La"]);
        await observed.ScreenshotAsync("embed-iframe-table");

        Assert.Empty(observed.Problems);
    }

    [Fact]
    public async Task Options_filter_by_date_and_number_of_instruments_and_set_theme_and_legend()
    {
        await using var site = await EmbeddingSite.StartAsync(
            server.BaseAddress,
            """<relations-graph province="Xaisomboun" as-of="2024-01-01" min-instruments="2" theme="dark" legend="false" height="420px"></relations-graph>""");
        await using var observed = await browser.OpenPageAsync();
        var view = await OpenAsync(observed, site, "2 provinces, 1 partnership. 1 partnership with fewer instruments left out.");

        Assert.NotNull(await view.NodePositionAsync(BacGiang));
        Assert.Null(await view.NodePositionAsync(SonLa));
        await Assertions.Expect(view.Element.Locator(".root")).ToHaveAttributeAsync("data-theme", "dark");
        await Assertions.Expect(view.Element.Locator(".legend")).ToBeHiddenAsync();
        var height = await view.Element.EvaluateAsync<double>("element => element.getBoundingClientRect().height");
        Assert.InRange(height, 419, 421);
        await observed.ScreenshotAsync("embed-options-dark");

        Assert.Empty(observed.Problems);
    }

    [Fact]
    public async Task Country_attribute_shows_the_network_of_every_province_of_the_country()
    {
        using var client = server.CreateGraphQLClient();
        var partnerships = (await client.QueryAsync("""{ partnerships(country: "LA", first: 1000) { nodes { province { id } partner { id } } } }"""))["partnerships"]!["nodes"]!.Array();
        var provinces = partnerships.SelectMany(p => new[] { p!["province"]!["id"].Text(), p["partner"]!["id"].Text() }).Distinct().Count();
        await using var site = await EmbeddingSite.StartAsync(server.BaseAddress, """<relations-graph country="la" legend="true"></relations-graph>""");
        await using var observed = await browser.OpenPageAsync();

        var view = await OpenAsync(observed, site, $"{provinces} provinces, {partnerships.Count} partnerships.");

        await Assertions.Expect(view.Title).ToHaveTextAsync("Foreign partnerships of the provinces of Laos (Lào)");
        Assert.NotNull(await view.NodePositionAsync(Xaisomboun));
        Assert.NotNull(await view.NodePositionAsync(BacGiang));
        await Assertions.Expect(view.Element.Locator(".legend li")).ToContainTextAsync(["Laos", "Vietnam"]);
        await observed.ScreenshotAsync("embed-country-laos");

        Assert.Empty(observed.Problems);
    }

    [Fact]
    public async Task Unknown_province_is_reported_in_the_element_as_text()
    {
        await using var site = await EmbeddingSite.StartAsync(server.BaseAddress, """<relations-graph province="Atlantis &lt;b&gt;"></relations-graph>""");
        await using var observed = await browser.OpenPageAsync();
        await observed.Page.GotoAsync(site.PageAddress.ToString());
        var view = EmbedView.InPage(observed.Page);

        await Assertions.Expect(view.Status).ToHaveTextAsync("No province or district is known by the name “Atlantis <b>”.", new() { Timeout = 15_000 });
        await Assertions.Expect(view.Status).ToHaveClassAsync("status error");
        await observed.ScreenshotAsync("embed-unknown-province");

        Assert.Empty(observed.Problems);
    }

    private static async Task<EmbedView> OpenAsync(ObservedPage observed, EmbeddingSite site, string summary = "3 provinces, 2 partnerships.")
    {
        await observed.Page.GotoAsync(site.PageAddress.ToString());
        var view = EmbedView.InPage(observed.Page);
        await view.WaitForNetworkAsync(summary);
        return view;
    }
}
