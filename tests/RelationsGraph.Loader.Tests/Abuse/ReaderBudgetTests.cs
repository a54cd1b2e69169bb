using RelationsGraph.Extraction.Documents;
using RelationsGraph.Testing;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using Xunit;

namespace RelationsGraph.Loader.Tests.Abuse;

/// <summary>
/// The reader's budget, limit by limit: each is a setting that takes effect, a document just within it is read, and
/// the HTML pre-scan cannot be fooled into counting shallower than the parser nests.
/// </summary>
public sealed class ReaderBudgetTests : IDisposable
{
    private static readonly DocumentReaderOptions Defaults = new();

    private readonly TemporaryDirectory _directory = new();

    [Theory]
    [InlineData("comment", "<!-->")]
    [InlineData("bang comment", "<!-- --!>")]
    [InlineData("stray apostrophe", "<div title=it's>")]
    [InlineData("formatting around blocks", "")]
    [InlineData("end tags across tables", "")]
    public void Markup_tricks_do_not_hide_deep_nesting_from_the_pre_scan(string trick, string prefix)
    {
        var repeated = trick switch
        {
            "formatting around blocks" => "<b><div></b>",
            "end tags across tables" => "<div><table><tr><td></div>",
            _ => "<div>",
        };
        var html = "<html><body>" + prefix + string.Concat(Enumerable.Repeat(repeated, 2_000)) + "-->'</body></html>";

        var exception = Assert.Throws<DocumentReadException>(() => HtmlMarkupBudget.Check(html, Defaults));

        Assert.StartsWith("the HTML nests elements deeper than the limit of 256", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/Subtype /Image /Width 1 /Height 1")]
    [InlineData("/Padding [ (8 KB of padding) ] /Junk (XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX)")]
    public void A_pdf_bomb_is_counted_whatever_its_stream_dictionary_says(string padding)
    {
        var pdf = HostileFiles.PdfBomb(256L << 20, padding.Contains("Padding", StringComparison.Ordinal) ? string.Concat(Enumerable.Repeat(padding, 64)) : padding);

        var exception = Assert.Throws<DocumentReadException>(() => PdfStreamBudget.Check(pdf, Defaults.MaxUnpackedBytes));

        Assert.StartsWith("the PDF's compressed streams unpack to more than the limit of 64 MB", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_flat_page_with_omitted_end_tags_passes_the_pre_scan()
    {
        var rows = string.Concat(Enumerable.Range(0, 5_000).Select(i => $"<tr><td>{i}<td><b>x</b>"));
        var items = string.Concat(Enumerable.Range(0, 5_000).Select(i => $"<li><a href='/{i}'>item {i}</a>"));
        var paragraphs = string.Concat(Enumerable.Range(0, 5_000).Select(i => $"<p>paragraph <i>{i}</i><img src=x.png><br>"));
        var html = $"<!DOCTYPE html><html><head><script>if (a < b) {{ document.write('<div><div><div>'); }}</script></head><body><table>{rows}</table><ul>{items}</ul>{paragraphs}<svg><path d='M0'/><circle/></svg></body></html>";

        HtmlMarkupBudget.Check(html, Defaults);
    }

    [Fact]
    public async Task Html_within_the_depth_limit_is_read_and_a_lower_configured_limit_refuses_it()
    {
        var file = _directory.File("nested.html");
        await File.WriteAllTextAsync(file, HostileFiles.DeepHtml(200), TestContext.Current.CancellationToken);

        var read = await LoaderRun.StartAsync("extract", file, "--json");
        var refused = await LoaderRun.StartWithSettingsAsync(new Dictionary<string, string?> { ["Loader:MaxHtmlDepth"] = "100" }, "extract", file, "--json");

        Assert.Equal(0, read.ExitCode);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("nested.html: the HTML nests elements deeper than the limit of 100", refused.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_limit_is_a_setting_that_takes_effect()
    {
        var pdf = _directory.File("three-pages.pdf");
        await File.WriteAllBytesAsync(pdf, ThreePagePdf(), TestContext.Current.CancellationToken);
        var docx = _directory.File("five-paragraphs.docx");
        await File.WriteAllBytesAsync(docx, HostileFiles.Docx("Một", "Hai", "Ba", "Bốn", "Năm"), TestContext.Current.CancellationToken);
        var html = _directory.File("elements.html");
        await File.WriteAllTextAsync(html, "<html><body>" + string.Concat(Enumerable.Repeat("<p>Sơn La</p>", 50)) + "</body></html>", TestContext.Current.CancellationToken);
        var text = _directory.File("article.txt");
        File.Copy(TestPaths.Seed("001"), text);

        var run = await LoaderRun.StartWithSettingsAsync(
            new Dictionary<string, string?>
            {
                ["Loader:MaxPages"] = "2",
                ["Loader:MaxParagraphs"] = "4",
                ["Loader:MaxHtmlElements"] = "40",
                ["Loader:MaxTextCharacters"] = "1000",
                ["Loader:MaxUnpackedBytes"] = "100000",
            },
            "extract", pdf, docx, html, text, "--json");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("three-pages.pdf: the PDF has 3 pages, over the limit of 2", run.Error, StringComparison.Ordinal);
        Assert.Contains("five-paragraphs.docx: the DOCX has more than the limit of 4 paragraphs", run.Error, StringComparison.Ordinal);
        Assert.Contains("elements.html: the HTML has more than the limit of 40 elements", run.Error, StringComparison.Ordinal);
        Assert.Contains("article.txt: the document's text is longer than the limit of 1,000 characters", run.Error, StringComparison.Ordinal);
        Assert.Contains("; 4 failed.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_docx_unpacking_past_a_configured_budget_is_refused_and_within_it_is_read()
    {
        var docx = _directory.File("article.docx");
        await File.WriteAllBytesAsync(docx, HostileFiles.Docx(HostileFiles.RelationSentences), TestContext.Current.CancellationToken);

        var refused = await LoaderRun.StartWithSettingsAsync(new Dictionary<string, string?> { ["Loader:MaxUnpackedBytes"] = "500" }, "extract", docx, "--json");
        var read = await LoaderRun.StartAsync("extract", docx, "--json");

        Assert.Contains("article.docx: the DOCX unpacks to more than the limit of 500 bytes", refused.Error, StringComparison.Ordinal);
        Assert.Equal(0, read.ExitCode);
        Assert.Contains("son-la-xieng-khouang", read.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_limit_is_reported_before_any_command_runs()
    {
        var run = await LoaderRun.StartWithSettingsAsync(new Dictionary<string, string?> { ["Loader:MaxPages"] = "0" }, "extract", TestPaths.Seed("001"), "--json");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: invalid setting: Loader:MaxPages must be positive", Assert.Single(run.ErrorLines));
        Assert.Empty(run.OutputBytes);
    }

    public void Dispose() => _directory.Dispose();

    private static byte[] ThreePagePdf()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var line in new[] { "Quang Tri and Savannakhet sign a cooperation agreement", "for the 2024-2026 period.", "Page three." })
        {
            builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4).AddText(line, 11, new PdfPoint(40, 780), font);
        }

        return builder.Build();
    }
}
