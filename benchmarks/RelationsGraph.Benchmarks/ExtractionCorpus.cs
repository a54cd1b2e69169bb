using System.Globalization;
using System.Text;
using RelationsGraph.Gazetteer;
using RelationsGraph.Seed;

namespace RelationsGraph.Benchmarks;

/// <summary>
/// Deterministic synthetic news articles of about 5 KB for the extraction benchmarks: a date line, a title, paragraphs
/// that state relations between a Vietnamese province and a partner unit (agreements, MOUs, visits, pledges, in
/// Vietnamese or English) among ordinary news sentences, and a related-news list.
/// </summary>
public sealed class ExtractionCorpus
{
    private static readonly string[] Filler =
    [
        "Hai bên đã trao đổi về tình hình phát triển kinh tế - xã hội của mỗi địa phương trong thời gian qua.",
        "Các đại biểu cho rằng tiềm năng hợp tác còn rất lớn, nhất là trong nông nghiệp, du lịch và giáo dục.",
        "Kim ngạch thương mại qua các cửa khẩu trong năm qua tăng khá so với cùng kỳ năm trước.",
        "Lãnh đạo các sở, ngành liên quan đã báo cáo kết quả triển khai các nội dung hợp tác đã thống nhất.",
        "The delegates noted that trade through the border gates grew steadily over the past year.",
        "Officials said the two sides would keep exchanging information on the management of the shared border.",
        "Nhiều doanh nghiệp bày tỏ mong muốn được tạo điều kiện thuận lợi hơn trong thủ tục xuất nhập khẩu.",
        "Thời tiết thuận lợi giúp các địa phương đẩy nhanh tiến độ gieo trồng vụ đông xuân.",
    ];

    private readonly (string Name, string Id)[] _vietnamese;
    private readonly (string Name, string Country)[] _partners;

    public ExtractionCorpus(GraphSeed seed)
    {
        ArgumentNullException.ThrowIfNull(seed);
        _vietnamese = [.. seed.Units.Where(unit => unit.CountryCode == "VN" && unit.Type != UnitType.District && unit.ValidTo is null).Select(unit => (unit.NameVi ?? unit.Name, unit.Id))];
        _partners = [.. seed.Units.Where(unit => unit.CountryCode is "LA" or "KH" or "CN" or "TH" or "JP" or "KR" && unit.Type != UnitType.District).Select(unit => (unit.NameVi ?? unit.Name, unit.CountryCode))];
    }

    /// <summary>
    /// The document with this number: always the same bytes for the same number. Like a real news feed, the articles
    /// report a limited set of partnerships (300 pairs) again and again, on different days.
    /// </summary>
    public byte[] Document(int number)
    {
        var random = new Random(number * 7919 + 17);
        var (province, partner) = Pair(number % 300);
        var start = 2015 + (number % 300 % 10);
        var day = 1 + random.Next(28);
        var month = 1 + random.Next(12);
        var text = new StringBuilder(5_400);
        text.Append("Trang chủ Đối ngoại Hợp tác quốc tế\n");
        text.Append(CultureInfo.InvariantCulture, $"Cập nhật: {day:00}/{month:00}/{start + 1} 08:{random.Next(60):00}\n\n");
        text.Append(CultureInfo.InvariantCulture, $"{province} và {partner} ký kết biên bản ghi nhớ hợp tác giai đoạn {start + 1} - {start + 5}\n\n");
        text.Append(CultureInfo.InvariantCulture, $"Ngày {day}/{month}, UBND tỉnh {province} và chính quyền tỉnh {partner} đã tổ chức lễ ký kết biên bản ghi nhớ hợp tác giai đoạn {start + 1} - {start + 5}, tập trung vào nông nghiệp, giáo dục, y tế và thương mại. ");
        text.Append(CultureInfo.InvariantCulture, $"Theo biên bản, tỉnh {province} sẽ hỗ trợ tỉnh {partner} {1 + (number % 300 % 9)} tỷ đồng xây dựng trường học và tiếp nhận {10 + (number % 300 % 50)} suất học bổng mỗi năm.\n\n");
        var mentionedOther = false;
        while (Encoding.UTF8.GetByteCount(text.ToString()) < 4_300)
        {
            text.Append(Filler[random.Next(Filler.Length)]).Append(' ');
            if (!mentionedOther && random.Next(6) == 0)
            {
                var (other, otherPartner) = Pair(random.Next(300));
                text.Append(CultureInfo.InvariantCulture, $"Trước đó, đoàn công tác tỉnh {other} đã sang thăm và làm việc với lãnh đạo tỉnh {otherPartner}. ");
                mentionedOther = true;
            }

            if (random.Next(5) == 0)
            {
                text.Append("\n\n");
            }
        }

        text.Append("\n\nTin liên quan\n\n");
        for (var item = 0; item < 3; item++)
        {
            var (headlineProvince, headlinePartner) = Pair(random.Next(300));
            text.Append(CultureInfo.InvariantCulture, $"{headlineProvince} tăng cường hợp tác với {headlinePartner}\n\n");
        }

        while (Encoding.UTF8.GetByteCount(text.ToString()) < 5_100)
        {
            text.Append("Thời tiết hôm nay: nắng nhẹ.\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private (string Province, string Partner) Pair(int index) =>
        (_vietnamese[index * 7 % _vietnamese.Length].Name, _partners[index * 13 % _partners.Length].Name);

    /// <summary>Writes documents [0, count) into a folder, skipping those already there.</summary>
    public async Task WriteAsync(string directory, int count, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        for (var number = 0; number < count; number++)
        {
            var path = Path.Combine(directory, $"article-{number:D6}.txt");
            if (!File.Exists(path))
            {
                await File.WriteAllBytesAsync(path, Document(number), cancellationToken);
            }
        }
    }

    /// <summary>The repository's graph-seed, found above the running benchmark.</summary>
    public static string FindGraphSeed()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "graph-seed");
            if (File.Exists(Path.Combine(directory.FullName, "RelationsGraph.sln")) && Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("graph-seed was not found above " + AppContext.BaseDirectory);
    }
}
