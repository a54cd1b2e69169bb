using System.Collections.Frozen;
using System.Globalization;

namespace RelationsGraph.Extraction.Documents;

/// <summary>
/// Checks an HTML page's markup against the budget before it is parsed, in one linear pass: the number of elements
/// and how deep they nest. Parsing and walking a tree both cost more than linear time in its depth (the HTML parser
/// searches its stack of open elements; the reader walks the tree recursively), so a page nested 100,000 deep must be
/// refused before AngleSharp sees it. The pass follows the parser's rules closely enough for a real page: void
/// elements and self-closed foreign elements do not nest, raw text (scripts, styles) is skipped, an end tag closes
/// the elements opened after its start tag, and a paragraph, list item, cell or row closes the open one of its kind.
/// Where it differs from the parser, it counts deeper, never shallower: the parser never nests deeper than the limit.
/// </summary>
public static class HtmlMarkupBudget
{
    private static readonly FrozenSet<string> VoidElements = FrozenSet.ToFrozenSet(
        ["area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> RawTextElements = FrozenSet.ToFrozenSet(
        ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"],
        StringComparer.Ordinal);

    // Where a start tag implicitly closes an open element of its kind, as the HTML parser does: the kinds it closes
    // and the elements it may look through to find one (those that can sit inside it unclosed).
    private static readonly Dictionary<string, (string[] Closes, string[] Through)> ImpliedEnds = new(StringComparer.Ordinal)
    {
        ["li"] = (["li"], []),
        ["dt"] = (["dt", "dd"], []),
        ["dd"] = (["dt", "dd"], []),
        ["option"] = (["option"], []),
        ["optgroup"] = (["optgroup", "option"], []),
        ["td"] = (["td", "th"], []),
        ["th"] = (["td", "th"], []),
        ["tr"] = (["tr"], ["td", "th"]),
        ["thead"] = (["thead", "tbody", "tfoot"], ["tr", "td", "th"]),
        ["tbody"] = (["thead", "tbody", "tfoot"], ["tr", "td", "th"]),
        ["tfoot"] = (["thead", "tbody", "tfoot"], ["tr", "td", "th"]),
        ["rb"] = (["rb", "rt", "rp"], []),
        ["rt"] = (["rb", "rt", "rp"], []),
        ["rp"] = (["rb", "rt", "rp"], []),
    };

    /// <summary>Start tags that close an open paragraph.</summary>
    private static readonly FrozenSet<string> ClosesParagraph = FrozenSet.ToFrozenSet(
        ["address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "listing", "main", "menu", "nav", "ol", "p", "pre", "search", "section", "summary", "ul"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> Formatting = FrozenSet.ToFrozenSet(
        ["a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> Phrasing = FrozenSet.ToFrozenSet(
        ["a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "dfn", "em", "font", "i", "kbd", "label", "mark", "nobr", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> TableParts = FrozenSet.ToFrozenSet(
        ["caption", "table", "tbody", "td", "tfoot", "th", "thead", "tr"],
        StringComparer.Ordinal);

    /// <summary>Elements an implied end never looks past.</summary>
    private static readonly FrozenSet<string> Boundaries = FrozenSet.ToFrozenSet(
        ["applet", "button", "caption", "dl", "html", "marquee", "math", "object", "ol", "select", "svg", "table", "td", "template", "th", "ul"],
        StringComparer.Ordinal);

    public static void Check(string html, DocumentReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(options);
        var open = new List<string>();
        var foreign = 0;
        var elements = 0;
        var position = 0;
        while ((position = html.IndexOf('<', position)) >= 0 && position + 1 < html.Length)
        {
            var next = html[position + 1];
            if (html.AsSpan(position).StartsWith("<!--", StringComparison.Ordinal))
            {
                // As the parser: "<!-->" and "<!--->" are whole comments, and "--!>" also ends one.
                var end = html.IndexOf("-->", position + 2, StringComparison.Ordinal);
                var bang = html.IndexOf("--!>", position + 4, StringComparison.Ordinal);
                position = end < 0 && bang < 0 ? html.Length
                    : bang >= 0 && (end < 0 || bang < end) ? bang + 4
                    : end + 3;
                continue;
            }

            if (next is '!' or '?')
            {
                var end = html.IndexOf('>', position);
                position = end < 0 ? html.Length : end + 1;
                continue;
            }

            var closing = next == '/';
            var nameStart = position + (closing ? 2 : 1);
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':' or '_'))
            {
                nameEnd++;
            }

            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                position++;
                continue;
            }

            var name = html[nameStart..nameEnd].ToLowerInvariant();
            var tagEnd = EndOfTag(html, nameEnd);
            position = tagEnd;
            if (closing)
            {
                foreign -= CloseByEndTag(open, name);
                continue;
            }

            if (++elements > options.MaxHtmlElements)
            {
                throw new DocumentReadException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"the HTML has more than the limit of {options.MaxHtmlElements:N0} elements"));
            }

            var selfClosed = tagEnd >= 2 && html[tagEnd - 2] == '/';
            if (VoidElements.Contains(name) || (selfClosed && foreign > 0))
            {
                continue;
            }

            if (RawTextElements.Contains(name))
            {
                var end = html.IndexOf("</" + name, position, StringComparison.OrdinalIgnoreCase);
                position = end < 0 ? html.Length : end;
                continue;
            }

            if (ClosesParagraph.Contains(name))
            {
                foreign -= CloseOpen(open, ["p"], []);
            }

            if (ImpliedEnds.TryGetValue(name, out var implied))
            {
                foreign -= CloseOpen(open, implied.Closes, implied.Through);
            }

            open.Add(name);
            if (name is "svg" or "math")
            {
                foreign++;
            }

            if (open.Count > options.MaxHtmlDepth)
            {
                throw new DocumentReadException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"the HTML nests elements deeper than the limit of {options.MaxHtmlDepth:N0} (a <{name}> at character {position:N0})"));
            }
        }
    }

    /// <summary>
    /// An end tag closes the nearest open element of its name and everything opened after it, unless a boundary (a
    /// table, a cell…) stands between, where the parser ignores it. A formatting element (b, i, a…) with a block
    /// opened inside it is left open: the parser's adoption agency then keeps the block open and nests a copy of the
    /// formatting element in it, so closing it here would count shallower than the parser builds.
    /// </summary>
    private static int CloseByEndTag(List<string> open, string name)
    {
        for (var i = open.Count - 1; i >= 0; i--)
        {
            if (open[i] == name)
            {
                if (Formatting.Contains(name) && open.Skip(i + 1).Any(element => !Phrasing.Contains(element)))
                {
                    return 0;
                }

                return Truncate(open, i);
            }

            // A table's parts close through its open cells and rows, but not past the table itself.
            var tablePart = TableParts.Contains(name) && TableParts.Contains(open[i]) && open[i] != "table";
            if (Boundaries.Contains(open[i]) && !tablePart)
            {
                return 0;
            }
        }

        return 0;
    }

    /// <summary>Closes the nearest open element of the given kinds unless an element that is neither one of <paramref name="through"/> nor phrasing content stands above it; returns the foreign elements closed.</summary>
    private static int CloseOpen(List<string> open, string[] kinds, string[] through)
    {
        for (var i = open.Count - 1; i >= 0; i--)
        {
            if (kinds.Contains(open[i]))
            {
                return Truncate(open, i);
            }

            if (Boundaries.Contains(open[i]) && !through.Contains(open[i]))
            {
                return 0;
            }
        }

        return 0;
    }

    private static int Truncate(List<string> open, int from)
    {
        var foreign = 0;
        for (var i = from; i < open.Count; i++)
        {
            foreign += open[i] is "svg" or "math" ? 1 : 0;
        }

        open.RemoveRange(from, open.Count - from);
        return foreign;
    }

    /// <summary>
    /// The position after the tag's closing '>'. A quote opens an attribute value only right after '=', as in the
    /// parser, so that a stray apostrophe cannot hide the markup after it from the count.
    /// </summary>
    private static int EndOfTag(string html, int position)
    {
        char? quote = null;
        var previous = ' ';
        for (; position < html.Length; position++)
        {
            var c = html[position];
            if (quote is not null)
            {
                if (c == quote)
                {
                    quote = null;
                    previous = c;
                }
            }
            else if (c is '"' or '\'' && previous == '=')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return position + 1;
            }
            else if (!char.IsWhiteSpace(c))
            {
                previous = c;
            }
        }

        return html.Length;
    }
}
