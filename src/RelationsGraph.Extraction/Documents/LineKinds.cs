using System.Collections.Frozen;
using System.Text.RegularExpressions;
using RelationsGraph.Gazetteer;

namespace RelationsGraph.Extraction.Documents;

/// <summary>
/// Recognises the lines of a page copy that are not article text: menus and breadcrumbs, visitor counters, image
/// descriptions, date stamps, and the headings that open related-news lists. Matching is on <see cref="NameKey"/>
/// forms, so case, spaces and diacritics do not matter.
/// </summary>
internal static partial class LineKinds
{
    private static readonly FrozenSet<string> RelatedMarkers = Keys(
        "Tin bài liên quan", "Tin liên quan", "Bài liên quan", "Bài viết liên quan", "Tin cùng chuyên mục", "Tin khác",
        "Các tin khác", "Các tin bài khác", "Tin bài khác", "Các bài viết khác", "Xem thêm", "Đọc thêm", "Đọc nhiều",
        "Xem nhiều", "Tin đọc nhiều", "Tin xem nhiều", "Tin mới", "Tin mới nhất", "Tin nổi bật", "Tin tiêu điểm",
        "Có thể bạn quan tâm", "Tin cùng loại", "Related news", "Related articles", "Related stories", "Related posts",
        "Read more", "See also", "Other news", "More news", "Most read", "Most popular", "Latest news",
        "You may also like", "More stories", "Multimedia");

    private static readonly string[] BoilerplateStarts = [.. new[]
    {
        "Nhảy đến nội dung", "Trang chủ", "Skip to content", "Skip to main content", "Home page", "Chế độ ban đêm",
        "In trang", "Xuất PDF", "Đọc nội dung", "Chia sẻ", "Share this", "Tweet", "Phiên bản di động", "Xin chờ",
        "Description", "Bản quyền", "Copyright", "Ghi rõ nguồn", "Đường dây nóng", "Hotline", "Liên hệ quảng cáo",
        "Đăng nhập", "Đăng ký nhận tin", "Subscribe", "Sign in", "Log in", "Tìm kiếm", "Search",
    }.Select(start => NameKey.Normalize(start))];

    private static readonly string[] CounterParts = [.. new[]
    {
        "Số lượng truy cập", "Lượt truy cập", "Đang truy cập", "Đang trực tuyến", "Lượt xem", "User online",
        "Users online", "Total visited", "Visitor counter", "Visits today", "Hôm nay", "Tổng truy cập",
    }.Select(part => NameKey.Normalize(part))];

    // Longer than every start and part looked for, and than the 3 characters under which a line is furniture.
    private static readonly int KeyPrefixLength = Math.Max(4, Math.Max(BoilerplateStarts.Max(start => start.Length), CounterParts.Max(part => part.Length)) + 1);

    private static readonly FrozenSet<string> DocumentTypes = Keys(
        "KẾ HOẠCH", "BIÊN BẢN", "BIÊN BẢN GHI NHỚ", "BẢN GHI NHỚ", "THỎA THUẬN", "THOẢ THUẬN", "THỎA THUẬN HỢP TÁC",
        "QUYẾT ĐỊNH", "THÔNG BÁO", "BÁO CÁO", "TỜ TRÌNH", "CHƯƠNG TRÌNH", "TUYÊN BỐ CHUNG", "THÔNG CÁO CHUNG",
        "MEMORANDUM OF UNDERSTANDING", "AGREEMENT", "MINUTES", "PLAN", "JOINT STATEMENT");

    public static bool IsRelatedMarker(string text, TextLine line) =>
        line.Length is > 0 and <= 40 && RelatedMarkers.Contains(Key(text, line));

    /// <summary>A visitor counter: the rest of the page after it is furniture.</summary>
    public static bool IsCounter(string text, TextLine line)
    {
        if (line.Length > 80)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[KeyPrefixLength];
        var key = KeyPrefix(text, line, buffer);
        foreach (var part in CounterParts)
        {
            if (key.StartsWith(part, StringComparison.Ordinal) && (part != "homnay" || HasDigit(text, line)))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsBoilerplate(string text, TextLine line)
    {
        if (line.IsBlank)
        {
            return true;
        }

        var trimmed = text.AsSpan(line.TrimmedStart, line.Length);
        if (trimmed.StartsWith("![") || trimmed.StartsWith("[![") || trimmed.StartsWith("http://") || trimmed.StartsWith("https://"))
        {
            return true;
        }

        Span<char> buffer = stackalloc char[KeyPrefixLength];
        var key = KeyPrefix(text, line, buffer);
        if (key.Length <= 3 || IsCounter(text, line))
        {
            return true;
        }

        foreach (var start in BoilerplateStarts)
        {
            if (key.StartsWith(start, StringComparison.Ordinal))
            {
                return true;
            }
        }

        var letters = 0;
        foreach (var c in trimmed)
        {
            if (char.IsLetterOrDigit(c))
            {
                letters++;
            }
        }

        return letters * 2 < trimmed.Length;
    }

    /// <summary>
    /// The text after the image that opens a line ("![description](source)", or such an image inside a link), without
    /// the table-cell bars that close it; null when the line does not open with an image. A news site's teaser of
    /// another article is its thumbnail followed by the summary on one line: the image is furniture, the summary is not.
    /// </summary>
    public static TextLine? AfterImage(string text, TextLine line)
    {
        var start = line.TrimmedStart;
        var end = line.TrimmedEnd;
        var linked = text.AsSpan(start, line.Length).StartsWith("[![");
        if (!linked && !text.AsSpan(start, line.Length).StartsWith("!["))
        {
            return null;
        }

        var position = SkipImage(text, linked ? start + 1 : start, end);
        if (linked && position >= 0)
        {
            position = position < end && text[position] == ']' ? SkipTarget(text, position + 1, end) : -1;
        }

        if (position < 0)
        {
            return null;
        }

        while (position < end && char.IsWhiteSpace(text[position]))
        {
            position++;
        }

        while (end > position && (text[end - 1] == '|' || char.IsWhiteSpace(text[end - 1])))
        {
            end--;
        }

        return new TextLine(position, end, position, end);
    }

    /// <summary>The position after "![description](source)" starting at <paramref name="start"/>, or -1.</summary>
    private static int SkipImage(string text, int start, int end)
    {
        var close = text.IndexOf(']', start + 2, end - start - 2);
        return close < 0 ? -1 : SkipTarget(text, close + 1, end);
    }

    /// <summary>The position after "(target)" starting at <paramref name="start"/>, or -1.</summary>
    private static int SkipTarget(string text, int start, int end)
    {
        if (start >= end || text[start] != '(')
        {
            return -1;
        }

        var close = text.IndexOf(')', start, end - start);
        return close < 0 ? -1 : close + 1;
    }

    /// <summary>A short line that is mostly a date and time: the publication stamp of a page copy.</summary>
    public static bool IsDateStamp(string text, TextLine line)
    {
        if (line.Length > 80)
        {
            return false;
        }

        // Mostly a date: once the date is taken out, little more than a time, a weekday or a label is left.
        var trimmed = text.Substring(line.TrimmedStart, line.Length);
        var rest = NamedDate().Replace(NumericDate().Replace(trimmed, string.Empty, 1), string.Empty, 1);
        return rest.Length < trimmed.Length && rest.Count(char.IsLetter) <= 24;
    }

    /// <summary>
    /// A headline repeated twice on one line (a link's text and its image's description copied together), with or
    /// without a space between: a link to another article.
    /// </summary>
    public static bool IsDoubled(string text, TextLine line)
    {
        var length = line.Length;
        if (length < 30)
        {
            return false;
        }

        var span = text.AsSpan(line.TrimmedStart, length);
        for (var separator = 0; separator <= 1; separator++)
        {
            if ((length - separator) % 2 != 0)
            {
                continue;
            }

            var half = (length - separator) / 2;
            if ((separator == 0 || char.IsWhiteSpace(span[half])) && span[..half].SequenceEqual(span[(half + separator)..]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first half of a doubled line.</summary>
    public static TextSpan FirstHalf(string text, TextLine line)
    {
        var length = line.Length;
        var span = text.AsSpan(line.TrimmedStart, length);
        var half = length % 2 == 0 && span[..(length / 2)].SequenceEqual(span[(length / 2)..]) ? length / 2 : (length - 1) / 2;
        var end = line.TrimmedStart + half;
        while (end > line.TrimmedStart && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return new TextSpan(line.TrimmedStart, end);
    }

    public static bool IsDocumentType(string text, TextLine line) =>
        line.Length is > 0 and <= 40 && DocumentTypes.Contains(Key(text, line)) && IsUpperCase(text, line);

    public static bool EndsSentence(string text, TextLine line) =>
        !line.IsBlank && text[line.TrimmedEnd - 1] is '.' or '!' or '?' or ';' or ':' or '…' or '"' or '”' or ')';

    /// <summary>A line that opens a list item: "1.", "2.3.", "a)", "-", "+", "•", "II.".</summary>
    public static bool StartsListItem(string text, TextLine line) =>
        !line.IsBlank && ListItem().IsMatch(text.AsSpan(line.TrimmedStart, Math.Min(line.Length, 12)));

    public static bool StartsLowerCase(string text, TextLine line) =>
        !line.IsBlank && char.IsLower(text[line.TrimmedStart]);

    private static bool HasDigit(string text, TextLine line)
    {
        foreach (var c in text.AsSpan(line.TrimmedStart, line.Length))
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsUpperCase(string text, TextLine line)
    {
        foreach (var c in text.AsSpan(line.TrimmedStart, line.Length))
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string Key(string text, TextLine line) => NameKey.Normalize(text.AsSpan(line.TrimmedStart, line.Length));

    /// <summary>
    /// The start of a line's key, as long as the longest start looked for and one more (so a longer key is never taken for
    /// a short one): lines are tested several times each, and most are long paragraphs whose whole key is not needed.
    /// </summary>
    private static ReadOnlySpan<char> KeyPrefix(string text, TextLine line, Span<char> buffer)
    {
        var name = text.AsSpan(line.TrimmedStart, line.Length);
        return NameKey.TryNormalizePrefix(name, buffer, out var written) ? buffer[..written] : NameKey.Normalize(name).AsSpan();
    }

    private static FrozenSet<string> Keys(params string[] phrases) =>
        phrases.Select(phrase => NameKey.Normalize(phrase)).ToFrozenSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\b\d{1,2}[/.-]\d{1,2}[/.-](19|20)\d{2}\b")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.? \d{1,2},? (19|20)\d{2}\b|\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) (19|20)\d{2}\b")]
    private static partial Regex NamedDate();

    [GeneratedRegex(@"^(\d{1,2}(\.\d{1,2})*[.)]\s|[a-zđ]\)\s|[-+•*–]\s?|[IVX]{1,4}\.\s)")]
    private static partial Regex ListItem();
}
