using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using RelationsGraph.Seed;

namespace RelationsGraph.Benchmarks;

/// <summary>
/// Time to first render of the embed view for a network of more than a thousand provinces, in headless Chromium
/// (Debian's, never a downloaded one). The API runs as its own process on a synthetic world; a page on another
/// origin (another port of 127.0.0.1) embeds &lt;relations-graph country="AA"&gt; with the script tag, as a web site
/// would. Each run opens a fresh browser context (nothing cached) and ends when the element reports
/// relations-graph:rendered, which it dispatches once the drawn frame has been presented. Reports the median and
/// maximum, the element's own breakdown, and the size of the scripts (raw and gzip).
/// </summary>
internal static class EmbedRenderRun
{
    private const double BudgetMilliseconds = 1000;
    private const int MinimumNodes = 1000;
    private static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(30);

    public static async Task<int> RunAsync(int runs)
    {
        runs = Math.Clamp(runs, 1, 50);
        var webRoot = Path.Combine(RepositoryRoot(), "src", "RelationsGraph.Api", "wwwroot");
        var embed = Path.Combine(webRoot, "embed");
        if (!File.Exists(Path.Combine(embed, "relations-graph.js")))
        {
            Console.Error.WriteLine($"The embed bundle is missing from {embed}: build the API first (dotnet build src/RelationsGraph.Api, which runs npm in src/web).");
            return 2;
        }

        var chromium = Environment.GetEnvironmentVariable("RELATIONSGRAPH_CHROMIUM") ?? "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            Console.Error.WriteLine($"Chromium is not installed at {chromium} (apt-get install chromium, or set RELATIONSGRAPH_CHROMIUM).");
            return 2;
        }

        ReportBundle(embed);

        var directory = Path.Combine(Path.GetTempPath(), "relationsgraph-embed-bench-seed");
        Console.Error.WriteLine("Writing the synthetic world to " + directory);
        await GraphSeedWriter.WriteAsync(SyntheticWorld.Generate(countries: 18, unitsPerCountry: 270, instruments: 16_000, documents: 2_000), directory, CancellationToken.None);

        try
        {
            using var api = await BenchmarkApi.StartAsync(directory, "--webroot", webRoot);
            var apiOrigin = api.Address.GetLeftPart(UriPartial.Authority);
            using var site = new HostPage(apiOrigin);
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = chromium,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
            });

            Console.Error.WriteLine($"Page {site.Address} (another origin) embeds the network from {apiOrigin}");
            var screenshot = Path.Combine(RepositoryRoot(), "artifacts", "screenshots", "embed-benchmark.png");
            var warmUp = await MeasureAsync(browser, site.Address, null);
            Console.WriteLine($"warm-up (first request to a fresh API process): {warmUp.Navigation:F0} ms, {warmUp.Nodes} nodes, {warmUp.Edges} edges");
            var results = new List<Render>();
            for (var run = 1; run <= runs; run++)
            {
                var render = await MeasureAsync(browser, site.Address, run == runs ? screenshot : null);
                results.Add(render);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"run {run}: {render.Navigation:F0} ms from navigation (element: {render.Total:F0} ms = API {render.Fetch:F0} + build and layout {render.Layout:F0} + draw {render.Draw:F0} + until presented)"));
            }

            var nodes = results[0].Nodes;
            var navigation = results.Select(r => r.Navigation).Order().ToList();
            var total = results.Select(r => r.Total).Order().ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"network: {nodes} nodes, {results[0].Edges} edges (country AA of the synthetic world); last run's screenshot: {screenshot}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"first render, from navigation start: median {Median(navigation):F0} ms, max {navigation[^1]:F0} ms over {runs} runs"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"first render, from the element's start: median {Median(total):F0} ms, max {total[^1]:F0} ms"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"element breakdown (medians): API request {Median(results.Select(r => r.Fetch)):F0} ms, build and layout {Median(results.Select(r => r.Layout)):F1} ms, draw {Median(results.Select(r => r.Draw)):F1} ms"));

            if (nodes < MinimumNodes)
            {
                Console.Error.WriteLine($"The network has {nodes} nodes, fewer than {MinimumNodes}: the synthetic world no longer fits this benchmark.");
                return 1;
            }

            var withinBudget = navigation[^1] <= BudgetMilliseconds;
            Console.WriteLine(withinBudget
                ? $"within the budget: every first render took at most {BudgetMilliseconds:F0} ms"
                : $"OVER BUDGET: the slowest first render took {navigation[^1]:F0} ms (budget {BudgetMilliseconds:F0} ms)");
            return withinBudget ? 0 : 1;
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task<Render> MeasureAsync(IBrowser browser, Uri page, string? screenshot)
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var tab = await context.NewPageAsync();
        await tab.AddInitScriptAsync("""
            document.addEventListener('relations-graph:rendered', (event) => {
              window.__relationsGraphRendered = JSON.stringify({ ...event.detail, navigation: performance.now() });
            });
            document.addEventListener('relations-graph:error', (event) => {
              window.__relationsGraphRendered = JSON.stringify({ error: event.detail.message });
            });
            """);
        await tab.GotoAsync(page.ToString());
        var handle = await tab.WaitForFunctionAsync("() => window.__relationsGraphRendered", null, new() { Timeout = (float)RunTimeout.TotalMilliseconds });
        var json = await handle.JsonValueAsync<string>();
        var detail = JsonSerializer.Deserialize<JsonElement>(json);
        if (detail.TryGetProperty("error", out var error))
        {
            throw new InvalidOperationException("The element reported an error: " + error.GetString());
        }

        if (screenshot is not null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
            await tab.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot });
        }

        var timing = detail.GetProperty("timing");
        return new Render(
            detail.GetProperty("nodes").GetInt32(),
            detail.GetProperty("edges").GetInt32(),
            detail.GetProperty("navigation").GetDouble(),
            timing.GetProperty("total").GetDouble(),
            timing.GetProperty("fetch").GetDouble(),
            timing.GetProperty("layout").GetDouble(),
            timing.GetProperty("draw").GetDouble());
    }

    private static void ReportBundle(string embed)
    {
        var loader = Path.Combine(embed, "relations-graph.js");
        var modules = Directory.GetFiles(Path.Combine(embed, "assets"), "*.js");
        Console.WriteLine($"script bundle: loader {Describe(loader)}; modules {string.Join(", ", modules.Select(Describe))}");
        var raw = modules.Append(loader).Sum(path => new FileInfo(path).Length);
        var gzip = modules.Append(loader).Sum(GzipLength);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"script bundle in total: {raw / 1024.0:F1} KiB raw, {gzip / 1024.0:F1} KiB gzip"));

        static string Describe(string path) =>
            string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(path)} {new FileInfo(path).Length / 1024.0:F1} KiB ({GzipLength(path) / 1024.0:F1} KiB gzip)");
    }

    private static long GzipLength(string path)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(File.ReadAllBytes(path));
        }

        return output.Length;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "RelationsGraph.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("RelationsGraph.sln was not found above " + AppContext.BaseDirectory);
    }

    private sealed record Render(int Nodes, int Edges, double Navigation, double Total, double Fetch, double Layout, double Draw);

    /// <summary>The embedding web site: one page on its own port of 127.0.0.1, served by HttpListener.</summary>
    private sealed class HostPage : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly byte[] _page;

        public HostPage(string apiOrigin)
        {
            var port = BenchmarkApi.FreePort();
            Address = new Uri($"http://127.0.0.1:{port}/");
            _page = Encoding.UTF8.GetBytes($"""
                <!doctype html>
                <html lang="en">
                <head><meta charset="utf-8"><title>Embed benchmark</title><script src="{apiOrigin}/embed/relations-graph.js" defer></script></head>
                <body><relations-graph country="AA" height="800px"></relations-graph></body>
                </html>
                """);
            _listener.Prefixes.Add(Address.ToString());
            _listener.Start();
            _ = Task.Run(ServeAsync);
        }

        public Uri Address { get; }

        public void Dispose() => _listener.Close();

        private async Task ServeAsync()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException)
                {
                    return;
                }

                var isPage = context.Request.Url?.AbsolutePath == "/";
                context.Response.StatusCode = isPage ? 200 : 204;
                if (isPage)
                {
                    context.Response.ContentType = "text/html; charset=utf-8";
                    await context.Response.OutputStream.WriteAsync(_page);
                }

                context.Response.Close();
            }
        }
    }
}
