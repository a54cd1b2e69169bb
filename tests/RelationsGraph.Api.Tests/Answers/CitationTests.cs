using System.Net;
using Xunit;

namespace RelationsGraph.Api.Tests.Answers;

/// <summary>Every evidence item gives a ready citation and a link that opens the document page at the passage.</summary>
public sealed class CitationTests(AnswersApi api)
{
    private const string Query = """
        query($id: ID!) { instrument(id: $id) { evidence { start end quote citation { title publisher publishedOn url language quote link text } } } }
        """;

    [Fact]
    public async Task Evidence_gives_title_publisher_date_url_and_the_quote_as_clean_text()
    {
        using var client = api.CreateGraphQLClient();

        var data = await client.QueryAsync(Query, new { id = "t-bac-giang-xaisomboun-agreement" });

        var english = data["instrument"]!["evidence"].Array().Single(e => e!["citation"]!["language"].Text() == "en")!;
        var citation = english["citation"]!;
        Assert.Equal("Bac Giang and Xaisomboun signed the co-\noperation agree-\nment for 2021-2025", english["quote"].Text());
        Assert.Equal("Bac Giang and Xaisomboun signed the cooperation agreement for 2021-2025", citation["quote"].Text());
        Assert.Equal("Test province signs a cooperation agreement with a Lao province", citation["title"].Text());
        Assert.Equal("Test Daily", citation["publisher"].Text());
        Assert.Equal("2022-08-26", citation["publishedOn"].Text());
        Assert.Equal("https://news.example/test-agreement", citation["url"].Text());
        Assert.Equal($"/documents/{AnswersApi.EnglishDocument}#ev-0-{english["end"]!.GetValue<int>()}", citation["link"].Text());
        Assert.Equal(
            "“Bac Giang and Xaisomboun signed the cooperation agreement for 2021-2025” — Test province signs a cooperation agreement with a Lao province, Test Daily, 2022-08-26, https://news.example/test-agreement",
            citation["text"].Text());
    }

    [Fact]
    public async Task Vietnamese_quotes_join_pdf_line_breaks_and_keep_hyphens_of_names()
    {
        using var client = api.CreateGraphQLClient();

        var agreement = await client.QueryAsync(Query, new { id = "t-bac-giang-xaisomboun-agreement" });
        var planned = await client.QueryAsync(Query, new { id = "t-luc-ngan-anouvong-planned" });

        var vietnamese = agreement["instrument"]!["evidence"].Array().Single(e => e!["citation"]!["language"].Text() == "vi")!["citation"]!;
        Assert.Equal("Ủy ban nhân dân tỉnh Bắc Giang và Chính quyền tỉnh Xay Sổm Bun ký Thỏa thuận hợp tác", vietnamese["quote"].Text());
        Assert.Null(vietnamese["url"]);
        Assert.Equal("Ký thỏa thuận hợp tác giữa huyện Lục Ngạn và huyện A-nu-vông", planned["instrument"]!["evidence"]![0]!["citation"]!["quote"].Text());
    }

    [Fact]
    public async Task The_link_opens_the_document_page_at_the_passage_with_the_span_highlighted()
    {
        using var client = api.CreateGraphQLClient();
        var data = await client.QueryAsync(Query, new { id = "t-bac-giang-xaisomboun-agreement" });
        var link = data["instrument"]!["evidence"].Array().Single(e => e!["citation"]!["language"].Text() == "en")!["citation"]!["link"].Text();
        using var http = api.CreateHttpClient();

        using var response = await http.GetAsync(link, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var anchor = link[(link.IndexOf('#', StringComparison.Ordinal) + 1)..];
        var item = html[html.IndexOf($"<li id=\"{anchor}\">", StringComparison.Ordinal)..];
        Assert.Contains("<blockquote lang=\"en\">Bac Giang and Xaisomboun signed the cooperation agreement for 2021-2025</blockquote>", item[..item.IndexOf("</li>", StringComparison.Ordinal)], StringComparison.Ordinal);
        Assert.Contains("li:target blockquote{", html, StringComparison.Ordinal);
        Assert.Contains("Cite: “Bac Giang and Xaisomboun signed the cooperation agreement for 2021-2025”", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_evidence_item_in_every_answer_has_a_citation_with_a_link()
    {
        using var client = api.CreateGraphQLClient();

        var data = await client.QueryAsync("{ documents { nodes { id evidence { start end citation { link title quote } } } } }");

        Assert.All(data["documents"]!["nodes"].Array(), document => Assert.All(document!["evidence"].Array(), evidence =>
        {
            Assert.Equal($"/documents/{document["id"].Text()}#ev-{evidence!["start"]!.GetValue<int>()}-{evidence["end"]!.GetValue<int>()}", evidence["citation"]!["link"].Text());
            Assert.DoesNotContain('\n', evidence["citation"]!["quote"].Text());
        }));
    }
}
