using System.Globalization;
using System.Text;
using RelationsGraph.Api.Html;
using RelationsGraph.Citations;
using RelationsGraph.Facts;
using RelationsGraph.Seed;
using RelationsGraph.Snapshots;

namespace RelationsGraph.Api.Documents;

/// <summary>
/// The HTML page of a source document: its title, publisher, publication date, language and content hash, and every
/// quoted span with the fact it supports. Every value is HTML-encoded; the page runs no script at all.
/// </summary>
internal static class DocumentPage
{
    private const string Css =
        "body{margin:0;font:16px/1.5 system-ui,-apple-system,\"Segoe UI\",Roboto,\"Noto Sans\",sans-serif;color:#1b1f24;background:#fff}"
        + "main{max-width:46rem;margin:0 auto;padding:24px 16px 48px}"
        + ".kicker{margin:0;color:#57606a;font-size:.85rem;text-transform:uppercase;letter-spacing:.04em}"
        + "h1{margin:.2em 0 .6em;font-size:1.5rem;line-height:1.3}h2{font-size:1.15rem;margin-top:2em}"
        + "dl{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px}dt{color:#57606a}dd{margin:0;overflow-wrap:anywhere}"
        + "ol{padding-left:1.4em}li{margin-bottom:1.2em;scroll-margin-top:24px}"
        + "blockquote{margin:0 0 .3em;padding:.3em .8em;border-left:4px solid #0b57d0;background:#f6f8fa}"
        + "li:target blockquote{background:#fff3b0;border-color:#b58100;outline:2px solid #b58100}li:target .here{display:block}.here{display:none;margin:0 0 .2em;font-weight:600;color:#7a5600}"
        + ".cite{margin:.2em 0 0;font-size:.85rem;color:#57606a;overflow-wrap:anywhere}"
        + ".citation{margin:0 0 .3em;padding:.3em .8em;border-left:4px solid #8c959f;overflow-wrap:anywhere}"
        + ".supports{margin:0;font-size:.92rem}.muted{color:#57606a}code{font-size:.9em;overflow-wrap:anywhere}a{color:#0b57d0}"
        + "@media (prefers-color-scheme:dark){body{color:#e6edf3;background:#0d1117}.kicker,dt,.muted{color:#9da7b3}"
        + "blockquote{background:#161b22;border-color:#58a6ff}a{color:#79c0ff}"
        + "li:target blockquote{background:#3d2e00;border-color:#e3b341;outline-color:#e3b341}.here{color:#e3b341}.cite{color:#9da7b3}}";

    /// <summary>No script, no frames, no forms; only this page's own stylesheet.</summary>
    public static readonly string ContentSecurityPolicy =
        $"default-src 'none'; style-src {HtmlPage.StyleHash(Css)}; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

    public static string Render(DocumentNode document, RelationSnapshot snapshot)
    {
        var source = document.Document;
        var html = new StringBuilder(4096);
        Head(html, source.Title + " – RelationsGraph source document");
        html.Append("<main>\n<p class=\"kicker\">Source document</p>\n");
        html.Append(CultureInfo.InvariantCulture, $"<h1 lang=\"{HtmlPage.Encode(source.Language)}\">{HtmlPage.Encode(source.Title)}</h1>\n<dl>\n");
        Fact(html, "Publisher", source.Publisher is null ? null : HtmlPage.Encode(source.Publisher));
        Fact(html, "Published on", source.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Fact(html, "Language", HtmlPage.Encode(source.Language));
        Fact(html, "Content hash", $"<code>{HtmlPage.Encode(source.ContentHash)}</code>");
        Fact(html, "Document id", $"<code>{HtmlPage.Encode(source.Id)}</code>");
        if (Uri.TryCreate(source.Url, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp))
        {
            Fact(html, "Original", $"<a href=\"{HtmlPage.Encode(url.AbsoluteUri)}\" rel=\"noopener noreferrer\">{HtmlPage.Encode(url.AbsoluteUri)}</a>");
        }

        html.Append("</dl>\n");
        var citedOnly = source.File is null;
        if (citedOnly)
        {
            html.Append("<p class=\"muted\">Cited only: this article is not ours to republish, so RelationsGraph keeps its citation and the character spans of its text that state each fact, not its words. Read it at the original.</p>\n");
        }

        var passages = document.Evidence.Select(e => (e.Evidence.Start, e.Evidence.End)).Distinct().Count();
        html.Append(CultureInfo.InvariantCulture, $"<h2>Evidence ({passages} {(passages == 1 ? "passage" : "passages")} {(citedOnly ? "cited" : "quoted")})</h2>\n");
        if (document.Evidence.Count == 0)
        {
            html.Append("<p class=\"muted\">No fact in the graph cites this document.</p>\n");
        }
        else
        {
            // One item per quoted span (several facts may cite the same passage), each with the anchor a citation's
            // link opens at: /documents/{id}#ev-{start}-{end} scrolls to it and :target highlights it, without script.
            var subjects = new SubjectNames(snapshot);
            html.Append("<ol>\n");
            foreach (var passage in document.Evidence
                .GroupBy(e => (e.Evidence.Start, e.Evidence.End))
                .OrderBy(group => group.Key.Start)
                .ThenBy(group => group.Key.End))
            {
                // The passage's words come from the document's own reading of the span; a reviewer's correction of the
                // same span is listed under it as a claim of its own.
                var first = passage.FirstOrDefault(e => e.Evidence.ClaimedBy is null && e.CleanQuote is not null) ?? passage.First();
                html.Append(CultureInfo.InvariantCulture, $"<li id=\"{DocumentLinks.PassageAnchor(passage.Key.Start, passage.Key.End)}\">");
                html.Append("<p class=\"here\">The passage cited</p>");
                html.Append(first.CleanQuote is null
                    ? citedOnly ? CitationLine(source, passage.Key.Start, passage.Key.End) : "<p class=\"muted\">(no quote recorded)</p>"
                    : $"<blockquote lang=\"{HtmlPage.Encode(source.Language)}\">{HtmlPage.Encode(first.CleanQuote)}</blockquote>");
                foreach (var evidence in passage.OrderBy(e => e.Evidence.SubjectId, StringComparer.Ordinal).ThenBy(e => e.Evidence.Field, StringComparer.Ordinal))
                {
                    var span = evidence.Evidence;
                    if (span.ClaimedBy is { } reviewer)
                    {
                        html.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">A reviewer's correction by {HtmlPage.Encode(reviewer)} ({HtmlPage.Encode(SeedFormat.Timestamp(span.ClaimedAt) ?? string.Empty)}), reading this span:</p>");
                    }

                    html.Append(CultureInfo.InvariantCulture, $"<p class=\"supports\">Supports {subjects.Describe(span.SubjectId)}");
                    if (span.Field is not null)
                    {
                        html.Append(CultureInfo.InvariantCulture, $" — <code>{HtmlPage.Encode(span.Field)}</code>");
                        if (span.Value is not null)
                        {
                            html.Append(CultureInfo.InvariantCulture, $" = {HtmlPage.Encode(span.Value)}");
                        }
                    }

                    html.Append("</p>");
                }

                if (!citedOnly)
                {
                    html.Append(CultureInfo.InvariantCulture, $"<p class=\"cite\">Cite: {HtmlPage.Encode(Citation.Of(first).Text)} <span class=\"muted\">(characters {passage.Key.Start}–{passage.Key.End})</span></p>");
                }

                html.Append("</li>\n");
            }

            html.Append("</ol>\n");
        }

        if (!citedOnly)
        {
            html.Append("<p class=\"muted\">RelationsGraph keeps each document's metadata and the quoted spans that support its facts; the full text is not republished here.</p>\n");
        }

        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    public static string RenderNotFound(string id)
    {
        var html = new StringBuilder(1024);
        Head(html, "Document not found – RelationsGraph");
        html.Append(CultureInfo.InvariantCulture, $"<main>\n<p class=\"kicker\">Source document</p>\n<h1>Not found</h1>\n<p>No source document has the id <code>{HtmlPage.Encode(id)}</code>.</p>\n</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>The citation of a span of a document we only cite: where to read it, never its words.</summary>
    private static string CitationLine(SourceDocument source, int start, int end)
    {
        var parts = new List<string> { $"<cite lang=\"{HtmlPage.Encode(source.Language)}\">{HtmlPage.Encode(source.Title)}</cite>" };
        if (source.Publisher is not null)
        {
            parts.Add(HtmlPage.Encode(source.Publisher));
        }

        if (source.PublishedOn is { } published)
        {
            parts.Add(published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (Uri.TryCreate(source.Url, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp))
        {
            parts.Add($"<a href=\"{HtmlPage.Encode(url.AbsoluteUri)}\" rel=\"noopener noreferrer\">{HtmlPage.Encode(url.AbsoluteUri)}</a>");
        }

        parts.Add($"<code>{HtmlPage.Encode(source.ContentHash)}</code>");
        parts.Add(string.Create(CultureInfo.InvariantCulture, $"characters {start}–{end}"));
        return $"<p class=\"citation\">{string.Join(", ", parts)}</p>";
    }

    private static void Head(StringBuilder html, string title) =>
        html.Append(CultureInfo.InvariantCulture, $"<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"color-scheme\" content=\"light dark\">\n<title>{HtmlPage.Encode(title)}</title>\n<style>{Css}</style>\n</head>\n<body>\n");

    private static void Fact(StringBuilder html, string term, string? encodedValue) =>
        html.Append(CultureInfo.InvariantCulture, $"<dt>{term}</dt><dd>{encodedValue ?? "<span class=\"muted\">not recorded</span>"}</dd>\n");

    /// <summary>Names the instrument, commitment, session or mechanism an evidence span supports, encoded.</summary>
    private sealed class SubjectNames(RelationSnapshot snapshot)
    {
        private Dictionary<string, string>? _others;

        public string Describe(string subjectId)
        {
            if (snapshot.InstrumentById.TryGetValue(subjectId, out var instrument))
            {
                return Instrument(instrument);
            }

            if (snapshot.MechanismById.TryGetValue(subjectId, out var mechanism))
            {
                return $"the mechanism <strong>{HtmlPage.Encode(mechanism.Mechanism.Name)}</strong>";
            }

            _others ??= BuildOthers();
            return _others.TryGetValue(subjectId, out var described) ? described : $"<code>{HtmlPage.Encode(subjectId)}</code>";
        }

        private Dictionary<string, string> BuildOthers()
        {
            var others = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var commitment in snapshot.Commitments)
            {
                others.TryAdd(commitment.Commitment.Id, $"the commitment “{HtmlPage.Encode(commitment.Commitment.Description)}” under {Instrument(commitment.Instrument)}");
            }

            foreach (var session in snapshot.Sessions)
            {
                var name = session.Session.Title ?? (session.Session.Ordinal is { } ordinal ? $"Session {ordinal}" : "A session");
                others.TryAdd(session.Session.Id, $"the session <strong>{HtmlPage.Encode(name)}</strong> of {HtmlPage.Encode(session.Mechanism.Mechanism.Name)}");
            }

            return others;
        }

        private static string KindName(InstrumentKind kind) => kind switch
        {
            InstrumentKind.Mou => "memorandum of understanding",
            InstrumentKind.Plan => "implementation plan",
            InstrumentKind.JointStatement => "joint statement",
            InstrumentKind.CoordinationRules => "coordination rules",
            InstrumentKind.JointCommittee => "joint committee meeting",
            InstrumentKind.Other => "cooperation",
            _ => kind.ToString().ToLowerInvariant(),
        };

        private static string Instrument(InstrumentNode instrument) =>
            $"the {KindName(instrument.Kind)} <strong>{HtmlPage.Encode(instrument.Instrument.Title)}</strong> <span class=\"muted\">({HtmlPage.Encode(instrument.Id)})</span>";
    }
}
