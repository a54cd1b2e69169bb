using System.Collections.Immutable;

namespace RelationsGraph.Extraction.Documents;

/// <summary>
/// Finds the parts of a plain text that is a copy of a web page or of a print document: the header above the title,
/// the title, the article body, links to other articles inside the body (a headline written twice on one line,
/// followed by its summary), and the related-news lists after the article. Menus, counters and image descriptions
/// are left out.
/// </summary>
public static class PlainTextLayout
{
    private const int ParagraphLength = 160;

    public static DocumentLayout Analyze(string text, bool? wrapped = null)
    {
        var lines = TextLine.Split(text);
        var kinds = new LineKindsOf(text, lines);
        var titleIndex = FindTitle(kinds, out var titleEnd);
        var bodyEnd = lines.Count;
        var relatedStart = -1;
        var paragraphSeen = false;
        for (var i = titleEnd + 1; i < lines.Count; i++)
        {
            if (kinds.IsRelatedMarker(i))
            {
                bodyEnd = i;
                relatedStart = i + 1;
                break;
            }

            // A view counter ends the article ("Lượt xem: 229" under the body), unless it stands above the first
            // paragraph, among the page's furniture between the title and the article.
            if (kinds.IsCounter(i) && paragraphSeen)
            {
                bodyEnd = i;
                break;
            }

            paragraphSeen |= lines[i].Length >= ParagraphLength && !kinds.IsBoilerplate(i);
        }

        var header = ImmutableArray.CreateBuilder<TextSpan>();
        for (var i = 0; i < Math.Max(titleIndex, 0); i++)
        {
            if (!lines[i].IsBlank)
            {
                header.Add(lines[i].Span);
            }
        }

        var body = ImmutableArray.CreateBuilder<TextSpan>();
        var related = ImmutableArray.CreateBuilder<RelatedItem>();
        for (var i = titleEnd + 1; i < bodyEnd; i++)
        {
            var line = lines[i];
            if (LineKinds.AfterImage(text, line) is { } teaser && IsSummary(text, teaser, LineKinds.IsDoubled(text, teaser)) && !LineKinds.IsBoilerplate(text, teaser))
            {
                related.Add(new RelatedItem(teaser.Span, null, Inline: true));
                continue;
            }

            if (kinds.IsBoilerplate(i))
            {
                continue;
            }

            if (kinds.IsDoubled(i))
            {
                var summaryIndex = NextContentLine(kinds, i + 1, bodyEnd);
                TextSpan? summary = null;
                if (summaryIndex >= 0 && IsSummary(text, lines[summaryIndex], kinds.IsDoubled(summaryIndex)))
                {
                    summary = lines[summaryIndex].Span;
                    i = summaryIndex;
                }

                related.Add(new RelatedItem(LineKinds.FirstHalf(text, line), summary, Inline: true));
                continue;
            }

            if (i < 12 && titleIndex >= 0 && body.Count == 0 && kinds.IsDateStamp(i))
            {
                header.Add(line.Span);
                continue;
            }

            body.Add(line.Span);
        }

        if (relatedStart >= 0)
        {
            ReadRelatedList(kinds, relatedStart, related);
        }

        return new DocumentLayout
        {
            Header = header.ToImmutable(),
            Title = titleIndex >= 0 ? new TextSpan(lines[titleIndex].TrimmedStart, lines[titleEnd].TrimmedEnd) : null,
            Body = body.ToImmutable(),
            Related = related.ToImmutable(),
            Wrapped = wrapped ?? IsWrapped(text, lines, titleEnd + 1, bodyEnd),
        };
    }

    /// <summary>
    /// The title is the line just above the first paragraph of article length, skipping furniture; a print document
    /// without such paragraphs is titled by its document-type heading (KẾ HOẠCH…) and the short lines under it.
    /// </summary>
    private static int FindTitle(LineKindsOf kinds, out int titleEnd)
    {
        var text = kinds.Text;
        var lines = kinds.Lines;
        var firstParagraph = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            if (kinds.IsRelatedMarker(i) || kinds.IsCounter(i))
            {
                break;
            }

            if (lines[i].Length >= ParagraphLength && !kinds.IsBoilerplate(i) && !kinds.IsDoubled(i))
            {
                firstParagraph = i;
                break;
            }
        }

        var limit = Math.Min(lines.Count, 20);
        for (var i = 0; i < limit; i++)
        {
            if (!LineKinds.IsDocumentType(text, lines[i]))
            {
                continue;
            }

            if (firstParagraph >= 0 && firstParagraph < i)
            {
                break;
            }

            titleEnd = i;
            var taken = 0;
            var bodyWidth = MedianLength(lines);
            for (var j = i + 1; j < lines.Count && taken < 3; j++)
            {
                if (lines[j].IsBlank)
                {
                    continue;
                }

                if (lines[j].Length * 20 > bodyWidth * 17 || LineKinds.StartsListItem(text, lines[j]))
                {
                    break;
                }

                titleEnd = j;
                taken++;
                if (LineKinds.EndsSentence(text, lines[j]))
                {
                    break;
                }
            }

            return i;
        }

        if (firstParagraph > 0)
        {
            for (var i = firstParagraph - 1; i >= 0; i--)
            {
                if (IsTitleCandidate(kinds, i))
                {
                    titleEnd = i;
                    return i;
                }
            }
        }

        for (var i = 0; i < lines.Count; i++)
        {
            if (IsTitleCandidate(kinds, i))
            {
                titleEnd = i;
                return i;
            }
        }

        titleEnd = -1;
        return -1;
    }

    /// <summary>The median length of the non-blank lines: the line width of a wrapped print document.</summary>
    private static int MedianLength(List<TextLine> lines)
    {
        var lengths = lines.Where(line => !line.IsBlank).Select(line => line.Length).Order().ToList();
        return lengths.Count == 0 ? 0 : lengths[lengths.Count / 2];
    }

    private static bool IsTitleCandidate(LineKindsOf kinds, int i) =>
        kinds.Lines[i].Length is >= 10 and <= 300
        && !kinds.IsBoilerplate(i)
        && !kinds.IsDateStamp(i)
        && !kinds.IsDoubled(i)
        && !kinds.IsRelatedMarker(i)
        && kinds.Text[kinds.Lines[i].TrimmedEnd - 1] != ':';

    /// <summary>
    /// A related-news list: each headline (a short line, often repeated on the next line as the image description)
    /// with the summary under it (a long line or one that ends a sentence). Further list headings and furniture are
    /// skipped.
    /// </summary>
    private static void ReadRelatedList(LineKindsOf kinds, int start, ImmutableArray<RelatedItem>.Builder related)
    {
        var text = kinds.Text;
        var lines = kinds.Lines;
        TextSpan? headline = null;
        TextSpan? summary = null;
        string? headlineText = null;
        for (var i = start; i < lines.Count; i++)
        {
            var line = lines[i];
            if (kinds.IsBoilerplate(i) || kinds.IsRelatedMarker(i) || kinds.IsDateStamp(i))
            {
                continue;
            }

            var doubled = kinds.IsDoubled(i);
            var span = doubled ? LineKinds.FirstHalf(text, line) : line.Span;
            var content = text[span.Start..span.End];
            if (headline is not null && content == headlineText)
            {
                continue;
            }

            if (headline is not null && summary is null && IsSummary(text, line, doubled))
            {
                summary = span;
                continue;
            }

            if (headline is { } previous)
            {
                related.Add(new RelatedItem(previous, summary, Inline: false));
            }

            headline = span;
            headlineText = content;
            summary = null;
        }

        if (headline is { } last)
        {
            related.Add(new RelatedItem(last, summary, Inline: false));
        }
    }

    private static bool IsSummary(string text, TextLine line, bool doubled) =>
        !doubled && (line.Length >= 100 || (line.Length >= 40 && text[line.TrimmedEnd - 1] is '.' or '…'));

    private static int NextContentLine(LineKindsOf kinds, int from, int end)
    {
        for (var i = from; i < end; i++)
        {
            if (!kinds.IsBoilerplate(i))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Text is wrapped when many of its lines stop mid-sentence and the next line goes on in lower case, as in a PDF
    /// or a print document converted to text.
    /// </summary>
    private static bool IsWrapped(string text, List<TextLine> lines, int from, int to)
    {
        var content = 0;
        var continued = 0;
        var previous = -1;
        for (var i = from; i < to; i++)
        {
            if (lines[i].IsBlank)
            {
                continue;
            }

            content++;
            if (previous >= 0 && !LineKinds.EndsSentence(text, lines[previous]) && LineKinds.StartsLowerCase(text, lines[i]))
            {
                continued++;
            }

            previous = i;
        }

        return content >= 4 && continued * 6 >= content;
    }

    /// <summary>
    /// The lines of one text, each kind of <see cref="LineKinds"/> decided at most once per line: the layout asks the
    /// same line whether it is furniture from up to six places, and each answer normalizes the line's start.
    /// </summary>
    private sealed class LineKindsOf(string text, List<TextLine> lines)
    {
        private readonly Kind[] known = new Kind[lines.Count];
        private readonly Kind[] found = new Kind[lines.Count];

        [Flags]
        private enum Kind : byte
        {
            Boilerplate = 1,
            RelatedMarker = 2,
            Counter = 4,
            Doubled = 8,
            DateStamp = 16,
        }

        public string Text => text;

        public List<TextLine> Lines => lines;

        public bool IsBoilerplate(int i) => Is(i, Kind.Boilerplate);

        public bool IsRelatedMarker(int i) => Is(i, Kind.RelatedMarker);

        public bool IsCounter(int i) => Is(i, Kind.Counter);

        public bool IsDoubled(int i) => Is(i, Kind.Doubled);

        public bool IsDateStamp(int i) => Is(i, Kind.DateStamp);

        private bool Is(int i, Kind kind)
        {
            if ((known[i] & kind) == 0)
            {
                known[i] |= kind;
                if (Decide(lines[i], kind))
                {
                    found[i] |= kind;
                }
            }

            return (found[i] & kind) != 0;
        }

        private bool Decide(TextLine line, Kind kind) => kind switch
        {
            Kind.Boilerplate => LineKinds.IsBoilerplate(text, line),
            Kind.RelatedMarker => LineKinds.IsRelatedMarker(text, line),
            Kind.Counter => LineKinds.IsCounter(text, line),
            Kind.Doubled => LineKinds.IsDoubled(text, line),
            _ => LineKinds.IsDateStamp(text, line),
        };
    }
}
