using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using RelationsGraph.Extraction;
using RelationsGraph.Extraction.Documents;
using RelationsGraph.Facts;
using RelationsGraph.Loader.Tests.Extraction;
using RelationsGraph.Testing;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using Xunit;

namespace RelationsGraph.Loader.Tests.Documents;

/// <summary>PDF, DOCX and HTML documents made here (no committed binaries) are read into the same facts as text.</summary>
public sealed class FormatTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    [Fact]
    public async Task A_pdf_is_read_through_its_text_layer()
    {
        var file = _directory.File("quang-tri.pdf");
        await File.WriteAllBytesAsync(file, BuildPdf(
            "Quang Tri and Savannakhet sign cooperation agreement",
            "On 5 March 2024, leaders of Quang Tri province and Savannakhet province",
            "of Laos signed a cooperation agreement for the 2024-2026 period in Dong Ha.",
            "The two provinces will develop trade through the Lao Bao border gate."), TestContext.Current.CancellationToken);

        var (facts, batch) = await Extracted.FromAsync(file);

        Assert.Empty(batch.Failures);
        Assert.Equal(SourceFormat.Pdf, facts.Documents[0].Format);
        var relation = Assert.Single(facts.Relations);
        Assert.Equal(["LA-SV", "VN-25"], relation.PartyIds);
        Assert.Equal((InstrumentKind.Agreement, 2024, 2026, new DateOnly(2024, 3, 5)), (relation.Kind, relation.PeriodStart, relation.PeriodEnd, relation.SignedOn));
    }

    [Fact]
    public async Task A_docx_is_read_paragraph_by_paragraph()
    {
        var file = _directory.File("gia-lai.docx");
        BuildDocx(
            file,
            "Gia Lai và Ratanakiri ký biên bản ghi nhớ hợp tác",
            "Ngày 12/5/2023, tại thành phố Pleiku, UBND tỉnh Gia Lai và chính quyền tỉnh Ratanakiri (Campuchia) đã ký biên bản ghi nhớ hợp tác giai đoạn 2023 - 2025.",
            "Hai bên thống nhất phối hợp quản lý biên giới và phát triển thương mại qua cửa khẩu Lệ Thanh.");

        var (facts, batch) = await Extracted.FromAsync(file);

        Assert.Empty(batch.Failures);
        var relation = Assert.Single(facts.Relations);
        Assert.Equal(["KH-16", "VN-30"], relation.PartyIds);
        Assert.Equal((InstrumentKind.Mou, new DateOnly(2023, 5, 12)), (relation.Kind, relation.SignedOn));
    }

    [Fact]
    public async Task An_html_page_keeps_the_article_and_reads_related_headlines_as_weak_facts()
    {
        var file = _directory.File("page.html");
        await File.WriteAllTextAsync(file, Page, TestContext.Current.CancellationToken);

        var document = await DocumentReader.ReadAsync(file, new DocumentReaderOptions(), TestContext.Current.CancellationToken);
        var (facts, _) = await Extracted.FromAsync(file);

        Assert.Equal(new DateOnly(2023, 11, 20), document.DeclaredPublishedOn);
        Assert.StartsWith("Điện Biên và Phông Sa Lỳ ký kết biên bản hợp tác năm 2024\n\n", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Trang chủ", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Lượt truy cập", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("trackingCode", document.Text, StringComparison.Ordinal);
        Assert.Equal(2, document.Layout.Related.Length);
        var related = document.Layout.Related[0];
        Assert.False(related.Inline);
        Assert.Equal("Lai Châu và Vân Nam (Trung Quốc) trao đổi đoàn cấp cao", document.Text[related.Headline.Start..related.Headline.End]);

        var article = Assert.Single(facts.Relations, relation => relation.Source == RelationSource.Article);
        Assert.Equal(("LA-PH,VN-71", new DateOnly(2023, 11, 19)), (string.Join(',', article.PartyIds), article.SignedOn));
        var headline = Assert.Single(facts.Relations, relation => relation.Source == RelationSource.RelatedList);
        Assert.Equal(["CN-YN", "VN-01"], headline.PartyIds);
        Assert.True(headline.Confidence <= 0.6);
    }

    public void Dispose() => _directory.Dispose();

    private const string Page = """
        <!DOCTYPE html>
        <html lang="vi">
        <head>
        <meta charset="utf-8">
        <title>Điện Biên và Phông Sa Lỳ - Báo biên giới</title>
        <meta property="article:published_time" content="2023-11-20T07:30:00+07:00">
        <script>var trackingCode = "Điện Biên";</script>
        </head>
        <body>
        <header><ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/the-gioi">Thế giới</a></li></ul></header>
        <main>
        <article>
        <h1>Điện Biên và Phông Sa Lỳ ký kết biên bản hợp tác năm 2024</h1>
        <p class="sapo">Ngày 19/11, tại thành phố Điện Biên Phủ, lãnh đạo tỉnh Điện Biên và tỉnh Phông Sa Lỳ (Lào) đã hội đàm và ký kết biên bản hợp tác năm 2024.</p>
        <p>Hai bên thống nhất tăng cường phối hợp quản lý biên giới, phát triển thương mại qua cửa khẩu Tây Trang - Sốp Hùn và hỗ trợ đào tạo cán bộ.</p>
        <div class="share-tools"><a href="#">Chia sẻ</a><a href="#">In</a></div>
        </article>
        <section class="related-news">
        <h3>Tin liên quan</h3>
        <ul>
        <li><a href="/1">Lai Châu và Vân Nam (Trung Quốc) trao đổi đoàn cấp cao</a></li>
        <li><a href="/2">Thời tiết vùng núi phía Bắc chuyển lạnh</a></li>
        </ul>
        </section>
        </main>
        <footer><div id="visitor-counter">Lượt truy cập: 5.432.100</div></footer>
        </body>
        </html>
        """;

    private static byte[] BuildPdf(params string[] lines)
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var y = 780.0;
        foreach (var line in lines)
        {
            page.AddText(line, 11, new PdfPoint(40, y), font);
            y -= 18;
        }

        return builder.Build();
    }

    private static void BuildDocx(string path, params string[] paragraphs)
    {
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        main.Document = new Document(new Body(paragraphs.Select(text => new Paragraph(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(text))))));
        main.Document.Save();
    }
}
