using System.Text.Json;
using Microsoft.Playwright;

namespace RelationsGraph.Api.Tests.Browser;

/// <summary>
/// A &lt;relations-graph&gt; element in a page or in a frame, seen the way a reader uses it: its picture (a canvas,
/// clicked and hovered where a province is drawn), its text, its table and its keyboard focus.
/// </summary>
public sealed class EmbedView(Func<string, ILocator> locate)
{
    public ILocator Element => locate("relations-graph");

    public ILocator Canvas => locate("relations-graph canvas");

    public ILocator Status => locate("relations-graph .status");

    public ILocator Title => locate("relations-graph .title");

    public ILocator Tooltip => locate("relations-graph .tooltip");

    public ILocator Details => locate("relations-graph section.details");

    public ILocator Announcer => locate("relations-graph [data-role=announcer]");

    public ILocator Table => locate("relations-graph table");

    public ILocator ViewButton(string name) => locate($"relations-graph button[data-view={name}]");

    public static EmbedView InPage(IPage page) => new(selector => page.Locator(selector));

    public static EmbedView InFrame(IFrameLocator frame) => new(selector => frame.Locator(selector));

    /// <summary>Waits until the network has loaded and its summary reads as expected, e.g. "3 provinces, 2 partnerships.".</summary>
    public async Task WaitForNetworkAsync(string summary) =>
        await Assertions.Expect(Status).ToContainTextAsync(summary, new() { Timeout = 15_000 });

    /// <summary>Where a province is drawn, relative to the canvas; null when the picture does not show it.</summary>
    public async Task<Position?> NodePositionAsync(string id)
    {
        var json = await Element.EvaluateAsync<string>(
            """
            (element, id) => {
              const point = element.nodeClientPosition(id);
              const canvas = element.shadowRoot.querySelector('canvas').getBoundingClientRect();
              return JSON.stringify(point && { x: point.x - canvas.left, y: point.y - canvas.top });
            }
            """,
            id);
        var point = JsonSerializer.Deserialize<JsonElement>(json);
        return point.ValueKind == JsonValueKind.Null ? null : new Position { X = point.GetProperty("x").GetSingle(), Y = point.GetProperty("y").GetSingle() };
    }

    public async Task ClickNodeAsync(string id) =>
        await Canvas.ClickAsync(new() { Position = await NodePositionAsync(id) ?? throw new InvalidOperationException($"{id} is not drawn.") });

    public async Task HoverNodeAsync(string id) =>
        await Canvas.HoverAsync(new() { Position = await NodePositionAsync(id) ?? throw new InvalidOperationException($"{id} is not drawn.") });

    /// <summary>The text of the element that has keyboard focus inside the shadow root (empty when none).</summary>
    public Task<string> FocusedTextAsync() =>
        Element.EvaluateAsync<string>("element => element.shadowRoot.activeElement?.textContent ?? ''");

    /// <summary>The tag name of the focused element inside the shadow root, lower case.</summary>
    public Task<string> FocusedTagAsync() =>
        Element.EvaluateAsync<string>("element => element.shadowRoot.activeElement?.localName ?? ''");

    /// <summary>Whether the focused element inside the shadow root shows a visible outline.</summary>
    public Task<bool> FocusIsVisibleAsync() =>
        Element.EvaluateAsync<bool>(
            """
            element => {
              const focused = element.shadowRoot.activeElement;
              if (!focused) return false;
              const style = getComputedStyle(focused);
              return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
            }
            """);
}
