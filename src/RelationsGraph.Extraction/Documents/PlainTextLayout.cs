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
        var titleIndex = FindTitle(text, lines, out var titleEnd);
        var bodyEnd = lines.Count;
        var relatedStart = -1;
        var paragraphSeen = false;
        for (var i = titleEnd + 1; i < lines.Count; i++)
        {
            if (LineKinds.IsRelatedMarker(text, lines[i]))
            {
                bodyEnd = i;
                relatedStart = i + 1;
                break;
            }

            // A view counter ends the article ("Lượt xem: 229" under the body), unless it stands above the first
            // paragraph, among the page's furniture between the title and the article.
            if (LineKinds.IsCounter(text, lines[i]) && paragraphSeen)
            {
                bodyEnd = i;
                break;
            }

            paragraphSeen |= lines[i].Length >= ParagraphLength && !LineKinds.IsBoilerplate(text, lines[i]);
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
            if (LineKinds.AfterImage(text, line) is { } teaser && IsSummary(text, teaser) && !LineKinds.IsBoilerplate(text, teaser))
            {
                related.Add(new RelatedItem(teaser.Span, null, Inline: true));
                continue;
            }

            if (LineKinds.IsBoilerplate(text, line))
            {
                continue;
            }

            if (LineKinds.IsDoubled(text, line))
            {
                var summaryIndex = NextContentLine(text, lines, i + 1, bodyEnd);
                TextSpan? summary = null;
                if (summaryIndex >= 0 && IsSummary(text, lines[summaryIndex]))
                {
                    summary = lines[summaryIndex].Span;
                    i = summaryIndex;
                }

                related.Add(new RelatedItem(LineKinds.FirstHalf(text, line), summary, Inline: true));
                continue;
            }

            if (i < 12 && titleIndex >= 0 && body.Count == 0 && LineKinds.IsDateStamp(text, line))
            {
                header.Add(line.Span);
                continue;
            }

            body.Add(line.Span);
        }

        if (relatedStart >= 0)
        {
            ReadRelatedList(text, lines, relatedStart, related);
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
    private static int FindTitle(string text, List<TextLine> lines, out int titleEnd)
    {
        var firstParagraph = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            if (LineKinds.IsRelatedMarker(text, lines[i]) || LineKinds.IsCounter(text, lines[i]))
            {
                break;
            }

            if (lines[i].Length >= ParagraphLength && !LineKinds.IsBoilerplate(text, lines[i]) && !LineKinds.IsDoubled(text, lines[i]))
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
                if (IsTitleCandidate(text, lines[i]))
                {
                    titleEnd = i;
                    return i;
                }
            }
        }

        for (var i = 0; i < lines.Count; i++)
        {
            if (IsTitleCandidate(text, lines[i]))
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

    private static bool IsTitleCandidate(string text, TextLine line) =>
        line.Length is >= 10 and <= 300
        && !LineKinds.IsBoilerplate(text, line)
        && !LineKinds.IsDateStamp(text, line)
        && !LineKinds.IsDoubled(text, line)
        && !LineKinds.IsRelatedMarker(text, line)
        && text[line.TrimmedEnd - 1] != ':';

    /// <summary>
    /// A related-news list: each headline (a short line, often repeated on the next line as the image description)
    /// with the summary under it (a long line or one that ends a sentence). Further list headings and furniture are
    /// skipped.
    /// </summary>
    private static void ReadRelatedList(string text, List<TextLine> lines, int start, ImmutableArray<RelatedItem>.Builder related)
    {
        TextSpan? headline = null;
        TextSpan? summary = null;
        string? headlineText = null;
        for (var i = start; i < lines.Count; i++)
        {
            var line = lines[i];
            if (LineKinds.IsBoilerplate(text, line) || LineKinds.IsRelatedMarker(text, line) || LineKinds.IsDateStamp(text, line))
            {
                continue;
            }

            var span = LineKinds.IsDoubled(text, line) ? LineKinds.FirstHalf(text, line) : line.Span;
            var content = text[span.Start..span.End];
            if (headline is not null && content == headlineText)
            {
                continue;
            }

            if (headline is not null && summary is null && IsSummary(text, line))
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

    private static bool IsSummary(string text, TextLine line) =>
        !LineKinds.IsDoubled(text, line) && (line.Length >= 100 || (line.Length >= 40 && text[line.TrimmedEnd - 1] is '.' or '…'));

    private static int NextContentLine(string text, List<TextLine> lines, int from, int end)
    {
        for (var i = from; i < end; i++)
        {
            if (!LineKinds.IsBoilerplate(text, lines[i]))
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
}
