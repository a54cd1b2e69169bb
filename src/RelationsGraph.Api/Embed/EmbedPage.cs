using System.Globalization;
using System.Text;
using Microsoft.Extensions.Primitives;
using RelationsGraph.Api.Cors;
using RelationsGraph.Api.Html;

namespace RelationsGraph.Api.Embed;

/// <summary>
/// The iframe page: the &lt;relations-graph&gt; element filling the frame, its options taken from the URL parameters
/// of the same names (/embed?province=Xaisomboun&amp;as-of=2024-01-01). Values are passed through as HTML-encoded
/// attributes; the element validates them and shows what it does not understand.
/// </summary>
internal static class EmbedPage
{
    /// <summary>The URL parameters that become attributes of the element (the element's own option names).</summary>
    public static readonly IReadOnlyList<string> Parameters = ["province", "country", "as-of", "min-instruments", "theme", "height", "legend", "view"];

    public const int MaxParameterLength = 200;

    private const string Css = "html,body{margin:0;height:100%}body{background:Canvas;color:CanvasText}relations-graph{display:block}";

    /// <summary>Scripts and data from this origin only, no inline script, no eval; framing as CORS allows.</summary>
    public static string ContentSecurityPolicy(CrossOriginOptions origins) =>
        "default-src 'none'; script-src 'self'; connect-src 'self'; "
        + $"style-src {HtmlPage.StyleHash(Css)}; base-uri 'none'; form-action 'none'; "
        + "frame-ancestors " + (origins.AllowsAnyOrigin ? "*" : string.Join(' ', ["'self'", .. origins.Origins]));

    /// <summary>The attributes for the element, or the name of a parameter that is too long.</summary>
    public static (IReadOnlyList<KeyValuePair<string, string>> Attributes, string? TooLong) ReadParameters(IQueryCollection query)
    {
        var attributes = new List<KeyValuePair<string, string>>();
        foreach (var name in Parameters)
        {
            if (!query.TryGetValue(name, out var values) || StringValues.IsNullOrEmpty(values))
            {
                continue;
            }

            var value = values[0] ?? string.Empty;
            if (value.Length > MaxParameterLength)
            {
                return ([], name);
            }

            attributes.Add(new(name, value));
        }

        if (!attributes.Any(attribute => attribute.Key == "height"))
        {
            attributes.Add(new("height", "100vh"));
        }

        return (attributes, null);
    }

    public static string Render(PathString pathBase, IReadOnlyList<KeyValuePair<string, string>> attributes)
    {
        var subject = attributes.FirstOrDefault(a => a.Key is "province" or "country").Value;
        var html = new StringBuilder(1024);
        html.Append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"color-scheme\" content=\"light dark\">\n")
            .Append(CultureInfo.InvariantCulture, $"<title>{HtmlPage.Encode(subject is null ? "RelationsGraph" : subject + " – RelationsGraph")}</title>\n")
            .Append(CultureInfo.InvariantCulture, $"<style>{Css}</style>\n")
            .Append(CultureInfo.InvariantCulture, $"<script src=\"{HtmlPage.Encode(pathBase + EmbedEndpoints.LoaderPath)}\" defer></script>\n")
            .Append("</head>\n<body>\n<relations-graph");
        foreach (var (name, value) in attributes)
        {
            html.Append(CultureInfo.InvariantCulture, $" {name}=\"{HtmlPage.Encode(value)}\"");
        }

        html.Append("></relations-graph>\n</body>\n</html>\n");
        return html.ToString();
    }
}
