using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace RelationsGraph.Extraction.Documents;

/// <summary>
/// Reads a news page with AngleSharp. The extracted text is the article's title, then its paragraphs in page order
/// (headings, paragraphs, list items, captions), each followed by a blank line; links to other articles placed inside
/// the article stay where they are, as a headline line and a summary line; related-news lists elsewhere on the page
/// follow the article in page order. Scripts, menus, breadcrumbs, share bars, comment forms and visitor counters are
/// left out.
/// </summary>
public static partial class HtmlDocumentReader
{
    private static readonly FrozenSet<string> SkippedElements = FrozenSet.ToFrozenSet(
        ["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "IFRAME", "FORM", "BUTTON", "SELECT", "INPUT", "TEXTAREA", "NAV", "HEADER", "FOOTER", "HEAD", "OBJECT", "VIDEO", "AUDIO", "CANVAS", "MENU"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> BlockElements = FrozenSet.ToFrozenSet(
        ["P", "DIV", "UL", "OL", "LI", "TABLE", "TBODY", "THEAD", "TR", "TD", "TH", "H1", "H2", "H3", "H4", "H5", "H6", "SECTION", "ARTICLE", "BLOCKQUOTE", "FIGURE", "FIGCAPTION", "HEADER", "FOOTER", "NAV", "ASIDE", "PRE", "DL", "DT", "DD", "FORM", "MAIN", "ADDRESS", "HR"],
        StringComparer.Ordinal);

    private static readonly string[] RelatedHints =
    [
        "related", "lien-quan", "lienquan", "tinlienquan", "other-news", "othernews", "tin-khac", "tinkhac", "more-news",
        "morenews", "same-category", "cung-chuyen-muc", "most-read", "mostread", "doc-nhieu", "docnhieu", "xem-nhieu",
        "xemnhieu", "most-viewed", "mostviewed", "popular", "read-more", "readmore", "see-also", "suggest",
    ];

    private static readonly string[] BoilerplateHints =
    [
        "menu", "nav", "breadcrumb", "footer", "sidebar", "social", "share", "comment", "advert", "banner", "counter",
        "visitor", "statistic", "thongke", "thong-ke", "truy-cap", "cookie", "login", "search", "subscribe", "pagination",
        "toolbar", "print", "tags", "tag-list",
    ];

    private static readonly string[] ArticleHints =
    [
        "article", "post-content", "entry-content", "news-content", "detail", "noidung", "noi-dung", "chi-tiet", "chitiet",
        "fck_detail", "cms-body", "story-body", "main-content", "content-news", "news-body",
    ];

    public static (string Text, DocumentLayout Layout, string? Title, string? Language, DateOnly? PublishedOn) Read(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var root = FindArticleRoot(document);
        var heading = root.QuerySelector("h1") ?? document.QuerySelector("h1");
        var title = Clean(heading?.TextContent)
            ?? Clean(document.QuerySelector("meta[property='og:title']")?.GetAttribute("content"))
            ?? Clean(document.Title);

        var builder = new Builder();
        if (title is not null)
        {
            builder.AddTitle(title);
        }

        var seen = new HashSet<IElement>();
        Walk(root, heading, builder, inArticle: true, seen);
        foreach (var container in document.QuerySelectorAll("*").Where(element => IsRelated(element) && !seen.Contains(element) && !HasRelatedAncestor(element)))
        {
            AddRelated(container, builder, inline: false, seen);
        }

        var language = document.DocumentElement.GetAttribute("lang") is { Length: >= 2 } lang ? lang[..2].ToLowerInvariant() : null;
        return (builder.Text, builder.Layout, title, language, FindPublishedOn(document, html));
    }

    private static IElement FindArticleRoot(IDocument document)
    {
        var body = document.Body ?? document.DocumentElement;
        var candidates = document.QuerySelectorAll("article, main, [role=main], [itemprop=articleBody]")
            .Concat(document.QuerySelectorAll("[class], [id]").Where(element => HasHint(element, ArticleHints) && !IsRelated(element) && !IsBoilerplate(element)))
            .Distinct()
            .ToList();
        IElement? best = null;
        var bestLength = 0;
        foreach (var candidate in candidates)
        {
            var length = candidate.QuerySelectorAll("p").Sum(paragraph => paragraph.TextContent.Length);
            if (length > bestLength || (length == bestLength && best is not null && best.Contains(candidate)))
            {
                (best, bestLength) = (candidate, length);
            }
        }

        return best is not null && bestLength >= 200 ? best : body;
    }

    private static void Walk(IElement element, IElement? heading, Builder builder, bool inArticle, HashSet<IElement> seen)
    {
        if (element == heading || SkippedElements.Contains(element.TagName))
        {
            return;
        }

        if (IsRelated(element))
        {
            AddRelated(element, builder, inArticle, seen);
            return;
        }

        if (IsBoilerplate(element) || element.TagName == "ASIDE")
        {
            return;
        }

        if (!element.Descendants<IElement>().Any(descendant => BlockElements.Contains(descendant.TagName)))
        {
            if (element.TagName is not ("A" or "SPAN") || element.ParentElement is null || BlockElements.Contains(element.ParentElement.TagName))
            {
                builder.AddParagraph(Clean(element.TextContent));
            }

            return;
        }

        var loose = new StringBuilder();
        foreach (var child in element.ChildNodes)
        {
            if (child is IElement childElement && BlockElements.Contains(childElement.TagName) || child is IElement { TagName: "SCRIPT" or "STYLE" })
            {
                builder.AddParagraph(Clean(loose.ToString()));
                loose.Clear();
                if (child is IElement block)
                {
                    Walk(block, heading, builder, inArticle, seen);
                }
            }
            else
            {
                loose.Append(child.TextContent);
            }
        }

        builder.AddParagraph(Clean(loose.ToString()));
    }

    private static void AddRelated(IElement container, Builder builder, bool inline, HashSet<IElement> seen)
    {
        seen.Add(container);
        foreach (var nested in container.QuerySelectorAll("*").Where(IsRelated))
        {
            seen.Add(nested);
        }

        var items = container.QuerySelectorAll("li, article").Where(item => item.QuerySelectorAll("li, article").Length == 0).ToList();
        var headlines = new HashSet<string>(StringComparer.Ordinal);
        if (items.Count == 0)
        {
            foreach (var link in container.QuerySelectorAll("a"))
            {
                if (Clean(link.TextContent) is { Length: >= 15 } headline && headlines.Add(headline))
                {
                    builder.AddRelated(headline, null, inline);
                }
            }

            return;
        }

        foreach (var item in items)
        {
            var headline = Clean(item.QuerySelector("h2, h3, h4, h5")?.TextContent)
                ?? item.QuerySelectorAll("a").Select(link => Clean(link.TextContent)).FirstOrDefault(text => text is { Length: >= 15 });
            if (headline is null || !headlines.Add(headline))
            {
                continue;
            }

            var summary = item.QuerySelectorAll("p, .sapo, .summary, .desc, .description")
                .Select(paragraph => Clean(paragraph.TextContent))
                .FirstOrDefault(text => text is { Length: >= 40 } && text != headline);
            builder.AddRelated(headline, summary, inline);
        }
    }

    private static bool HasRelatedAncestor(IElement element)
    {
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            if (IsRelated(parent))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsRelated(IElement element)
    {
        if (element.TagName is "BODY" or "HTML" or "A" or "SPAN" or "P")
        {
            return false;
        }

        if (HasHint(element, RelatedHints))
        {
            return true;
        }

        var firstHeading = element.Children.FirstOrDefault(child => child.TagName is "H2" or "H3" or "H4" or "H5" || child.ClassName?.Contains("title", StringComparison.OrdinalIgnoreCase) == true);
        return firstHeading is not null
            && element.Children.Length > 1
            && LineKinds.IsRelatedMarker(firstHeading.TextContent.Trim(), new TextLine(0, firstHeading.TextContent.Trim().Length, 0, firstHeading.TextContent.Trim().Length));
    }

    private static bool IsBoilerplate(IElement element) => HasHint(element, BoilerplateHints);

    private static bool HasHint(IElement element, string[] hints)
    {
        var attributes = (element.ClassName + " " + element.Id).ToLowerInvariant();
        if (attributes.Length <= 1)
        {
            return false;
        }

        foreach (var hint in hints)
        {
            if (attributes.Contains(hint, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static DateOnly? FindPublishedOn(IDocument document, string html)
    {
        string[] selectors =
        [
            "meta[property='article:published_time']", "meta[name='pubdate']", "meta[name='publishdate']", "meta[name='date']",
            "meta[itemprop='datePublished']", "meta[name='dc.date.issued']", "meta[name='DC.date.issued']", "meta[name='DC.date']",
        ];
        foreach (var selector in selectors)
        {
            if (ParseIsoDate(document.QuerySelector(selector)?.GetAttribute("content")) is { } date)
            {
                return date;
            }
        }

        foreach (var time in document.QuerySelectorAll("time[datetime]"))
        {
            if (ParseIsoDate(time.GetAttribute("datetime")) is { } date)
            {
                return date;
            }
        }

        if (JsonLdDate().Match(html) is { Success: true } jsonLd && ParseIsoDate(jsonLd.Groups[1].Value) is { } fromJsonLd)
        {
            return fromJsonLd;
        }

        foreach (var element in document.QuerySelectorAll("[class]").Where(element => HasHint(element, ["date", "time", "publish", "ngay-dang"])))
        {
            if (NumericDate().Match(element.TextContent) is { Success: true } match
                && DateOnly.TryParseExact(match.Value.Replace('-', '/').Replace('.', '/'), ["d/M/yyyy", "dd/MM/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }
        }

        return null;
    }

    private static DateOnly? ParseIsoDate(string? value) =>
        value is { Length: >= 10 } && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    private static string? Clean(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var cleaned = Whitespace().Replace(text, " ").Trim();
        return cleaned.Length == 0 ? null : cleaned;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex("\"datePublished\"\\s*:\\s*\"(\\d{4}-\\d{2}-\\d{2})")]
    private static partial Regex JsonLdDate();

    [GeneratedRegex(@"\b\d{1,2}[/.-]\d{1,2}[/.-](19|20)\d{2}\b")]
    private static partial Regex NumericDate();

    /// <summary>Builds the extracted text and records where each part of it is.</summary>
    private sealed class Builder
    {
        private readonly StringBuilder _text = new();
        private readonly ImmutableArray<TextSpan>.Builder _body = ImmutableArray.CreateBuilder<TextSpan>();
        private readonly ImmutableArray<RelatedItem>.Builder _related = ImmutableArray.CreateBuilder<RelatedItem>();
        private readonly HashSet<string> _paragraphs = new(StringComparer.Ordinal);
        private TextSpan? _title;

        public string Text => _text.ToString();

        public DocumentLayout Layout => new() { Title = _title, Body = _body.ToImmutable(), Related = _related.ToImmutable() };

        public void AddTitle(string title)
        {
            _title = Append(title);
            _text.Append('\n');
        }

        public void AddParagraph(string? paragraph)
        {
            if (paragraph is null)
            {
                return;
            }

            var line = new TextLine(0, paragraph.Length, 0, paragraph.Length);
            if (LineKinds.IsBoilerplate(paragraph, line) || LineKinds.IsRelatedMarker(paragraph, line))
            {
                return;
            }

            _body.Add(Append(paragraph));
            _text.Append('\n');
        }

        public void AddRelated(string headline, string? summary, bool inline)
        {
            if (!_paragraphs.Add("related:" + headline))
            {
                return;
            }

            var headlineSpan = Append(headline);
            TextSpan? summarySpan = null;
            if (summary is not null)
            {
                summarySpan = Append(summary);
            }

            _text.Append('\n');
            _related.Add(new RelatedItem(headlineSpan, summarySpan, inline));
        }

        private TextSpan Append(string line)
        {
            var start = _text.Length;
            _text.Append(line);
            var span = new TextSpan(start, _text.Length);
            _text.Append('\n');
            return span;
        }
    }
}
