using System.Text.Json;
using Xunit;

namespace RelationsGraph.Loader.Tests.Corpus;

/// <summary>
/// The regression corpus (Corpus/Regression): for each failure class fixed on real articles, a short article we wrote
/// (a paraphrase of the pattern, never the article) with labels in the development corpus's format. Each document is
/// scored on its own by the <c>score</c> command and must stay perfect, so that one document getting worse fails
/// even when an average over the corpus would hold.
/// </summary>
public sealed class RegressionCorpusTests
{
    private static readonly string[] Ratios = ["pairPrecision", "pairRecall", "kind", "signedOn", "period", "pledgeDirection"];

    public static TheoryData<string> Documents() =>
        [.. Directory.EnumerateFiles(Path.Combine(TestPaths.RegressionCorpus, "labels"), "*.json")
            .Select(file => Path.GetFileNameWithoutExtension(file))
            .Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task Each_regression_article_is_extracted_exactly_as_labelled(string document)
    {
        var run = await LoaderRun.StartAsync("score", TestPaths.RegressionCorpus, "--document", document, "--format", "json");

        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.OutputBytes);
        Assert.Empty(json.RootElement.GetProperty("skipped").EnumerateArray());
        var scored = Assert.Single(json.RootElement.GetProperty("documents").EnumerateArray());
        var report = scored.ToString();
        foreach (var ratio in Ratios)
        {
            var metric = scored.GetProperty(ratio);
            var denominator = metric.GetProperty("denominator").GetInt32();
            Assert.True(metric.GetProperty("numerator").GetInt32() == denominator, $"{ratio} fell below 1 on {document}: {report}");
        }

        var records = scored.GetProperty("recordsPerEvent");
        Assert.True(records.GetProperty("numerator").GetInt32() <= records.GetProperty("denominator").GetInt32(), $"more records than labelled events on {document}: {report}");
        Assert.True(scored.GetProperty("falseRecords").GetInt32() == 0, $"records that match no labelled event on {document}: {report}");
        Assert.Empty(scored.GetProperty("missingPairs").EnumerateArray());
        Assert.Empty(scored.GetProperty("extraPairs").EnumerateArray());
    }

    /// <summary>Each fixed failure class, by the words its articles' ids carry (an English or a Vietnamese article).</summary>
    private static readonly string[][] FixedClasses =
    [
        ["without-do"],
        ["dateline"],
        ["proposed", "de-xuat"],
        ["session-members", "thanh-vien-hoi-nghi"],
        ["view-counter"],
        ["healthcare-pledge"],
        ["hcm-city"],
        ["un-session"],
        ["earlier-partners", "doi-tac-truoc-do"],
        ["weekday"],
        ["under-earlier-agreement"],
        ["thuc-hien-bien-ban-da-ky"],
        ["by-leader-name"],
        ["they-signed"],
        ["ke-hoach-hop-tac"],
        ["hiep-uoc-trong-ngoac"],
        ["cooperation-document"],
        ["possessive-country"],
        ["counted-states"],
        ["implementing-earlier"],
        ["accelerate-signing"],
        ["common-declaration"],
        ["truoc-sap-nhap"],
        ["after-the-merger"],
        ["trip-range"],
        ["giua-hai-ben", "between-localities"],
        ["ngay-mo-dau", "opening-date"],
        ["opened-by-month"],
        ["visit-to-country", "tham-nuoc-ban"],
        ["year-agreed-at-talks", "phuong-huong-hop-tac"],
        ["credit-glued"],
        ["anh-dau-dong"],
        ["le-ky-niem"],
        ["bang-nam-australia"],
        ["giua-hai-chinh-phu"],
        ["sau-dau-cham-phay"],
        ["holder-named-after-title"],
        ["major-city-of-another-country"],
        ["city-named-with-its-own"],
        ["as-part-of-a-visit"],
        ["orientations-for-a-period"],
        ["to-each-other", "lan-nhau"],
        ["english-name-of-a-german-city"],
        ["called-by-given-name"],
        ["vung-cu-viet-thieu-chu"],
        ["city-with-its-prefecture"],
        ["quy-che-phoi-hop"],
        ["national-diplomat"],
        ["ready-for", "san-sang-cho"],
        ["vietnamese-city-partner"],
        ["tinh-den-nay", "signed-so-far"],
        ["dong-thoi-menh-de-sau"],
        ["phat-bieu-tai-hoi-dam"],
        ["type-word-before-full-stop"],
        ["nghien-cuu-ky-ket"],
        ["huong-toi-thiet-lap", "towards-establishing"],
        ["van-kien-sau-le-trao"],
        ["consensus-reached"],
        ["ky-truoc-buoi-hoi-dam"],
        ["two-cities-talks-in-their-province"],
        ["ba-tinh-danh-gia"],
        ["dateline-date-and-meeting-after"],
        ["municipal-council-earlier-agreements"],
        ["implement-provinces-agreement-beside-national"],
        ["re-evaluating-memorandum"],
        ["thirty-four-provinces", "34-tinh-thanh"],
        ["full-date-months-before-publication"],
        ["meetings-where-implemented-agreements-were-signed"],
        ["cac-uy-ban-lien-hop"],
        ["le-tong-ket-ky-bien-ban"],
        ["year-before-instrument-and-agreed-period"],
        ["ky-ket-hop-tac-khong-ten-van-ban"],
        ["gap-go-dau-xuan-da-ky-ket"],
        ["commune-in-province"],
        ["venue-article-capital"],
        ["ban-tay-mien-chay"],
        ["signs-document-for-twinning", "ky-van-ban-ket-nghia"],
        ["signing-clause-in-the-provinces-city"],
        ["partner-and-ministries"],
        ["year-of-the-occasion"],
        ["capitalised-district-in-province"],
        ["chu-tich-ho-chi-minh"],
        ["do-tinh-tang"],
        ["continue-to-sign"],
        ["quan-thuoc-thanh-pho-nhac-lai"],
        ["former-province-after-merger", "don-vi-cu-sau-sap-nhap"],
        ["french-town-named-with-its-country"],
        ["memoranda-for-periods-already-over"],
        ["reach-agreement-on-measures"],
        ["agreements-for-two-periods"],
        ["saint-written-short"],
        ["agreements-into-practice"],
        ["appreciated-signing-support-signing"],
        ["foreign-town-city-of", "thi-tran-nuoc-ngoai-kem-quoc-gia"],
        ["giai-doan-vua-qua", "two-counted-kinds"],
        ["headline-partner-the-text-never-names"],
        ["signing-dated-after-the-twinning"],
        ["draft-of-memorandum", "du-thao-thoa-thuan"],
        ["region-english-name"],
        ["den-ngay-ket-thuc"],
        ["bien-ban-thuong-nien-nam"],
        ["ky-tai-hoi-nghi-da-neu"],
        ["thanh-pho-trung-quoc-ten-han-viet"],
        ["district-named-without-its-province-by-its-provinces-paper"],
        ["numbered-working-session"],
        ["dua-thoa-thuan-vao-thuc-tien"],
        ["period-from-month-to-month"],
        ["chuyen-cong-tac-du-hoi-nghi-thuong-nien"],
        ["region-short-english-name"],
        ["possibility-of-signing", "kha-nang-ky-ket"],
        ["session-minutes-beside-reviewed-minutes"],
        ["occasion-clause-before-talks-and-signing", "nhan-chuyen-cong-tac-hoi-dam-va-ky"],
        ["memorandums-signed-earlier"],
        ["statement-and-chambers-mou"],
        ["ngay-sau-dip-tham-va-thang-truoc-sap-nhap"],
        ["yearly-cooperation-forum-of-localities"],
        ["in-force-from-date-to-date"],
        ["hoi-dong-tinh-nuoc-ban"],
        ["hoi-dam-bien-phong-quy-nam", "border-talks-of-the-third-quarter"],
        ["acting-in-accordance-with-reached-agreements"],
        ["plan-issued-on-implementation-of-agreement"],
        ["accordingly-period-of-signed-agreement"],
        ["major-city-four-letter-name"],
        ["city-counted-for-its-former-region", "former-region-named-beside-a-later-signing"],
        ["vung-lanh-tho-bac-australia"],
        ["between-a-region-the-gazetteer-lacks"],
        ["pledge-of-both-sides-to-residents", "cam-ket-cua-hai-ben-cho-nguoi-dan"],
        ["lanh-dao-quoc-gia-mong-muon-tinh-ban"],
        ["hopes-to-sign-and-wishes-to-twin", "chuan-bi-cho-viec-ky-ket-hop-tac"],
        ["sang-nay-ngay-thang"],
        ["visiting-delegation-signed-with-province"],
        ["visit-to-state-with-city-memorandum"],
    ];

    [Fact]
    public void The_regression_corpus_has_an_article_for_every_fixed_class()
    {
        var documents = Documents().Select(row => (string)row.Data).ToList();

        Assert.All(FixedClasses, words => Assert.Contains(documents, id => words.Any(word => id.Contains(word, StringComparison.Ordinal))));
    }
}
