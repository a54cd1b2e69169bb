using RelationsGraph.Seed;
using RelationsGraph.Snapshots;
using RelationsGraph.Testing;
using Xunit;

namespace RelationsGraph.Tests.Seed;

/// <summary>A broken graph source is refused as a whole, with errors that name file, line and column.</summary>
public sealed class SeedValidationTests
{
    private static async Task<SeedValidationException> LoadFailsAsync(SeedCopy copy) =>
        await Assert.ThrowsAsync<SeedValidationException>(() =>
            SnapshotLoader.LoadAsync(new GraphSeedSource(copy.Path), TimeProvider.System, TestContext.Current.CancellationToken));

    private static int LineOf(SeedCopy copy, string fileName, string text) =>
        Array.FindIndex(File.ReadAllLines(copy.File(fileName)), line => line.Contains(text, StringComparison.Ordinal)) + 1;

    [Fact]
    public async Task Unknown_unit_is_reported_with_file_line_and_column()
    {
        using var copy = new SeedCopy();
        copy.Replace("parties.csv", "bac-giang-xaisomboun-police-agreement,VN-54,", "bac-giang-xaisomboun-police-agreement,VN-99,");

        var error = await LoadFailsAsync(copy);

        var line = LineOf(copy, "parties.csv", "VN-99");
        Assert.Contains($"graph-seed/parties.csv:{line}:2: unit_id: unknown unit 'VN-99' (not in units.csv)", error.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public async Task Parties_and_evidence_that_both_fail_to_link_are_reported_as_located_errors()
    {
        // Both rows also make linking fail (an unknown unit, an unknown document): the caller still gets located errors.
        using var copy = new SeedCopy();
        copy.Replace("parties.csv", "bac-giang-xaisomboun-police-agreement,VN-54,", "bac-giang-xaisomboun-police-agreement,VN-99,");
        copy.Replace("evidence.csv", "bac-giang-xaisomboun-police-agreement,47ee15861c1057de,8352,", "bac-giang-xaisomboun-police-agreement,ffffffffffffffff,8352,");

        var error = await LoadFailsAsync(copy);

        var errors = error.Errors.Select(e => e.ToString()).ToList();
        Assert.Contains($"graph-seed/parties.csv:{LineOf(copy, "parties.csv", "VN-99")}:2: unit_id: unknown unit 'VN-99' (not in units.csv)", errors);
        Assert.Contains($"graph-seed/evidence.csv:{LineOf(copy, "evidence.csv", "ffffffffffffffff")}:2: document_id: unknown document 'ffffffffffffffff'", errors);
    }

    [Fact]
    public async Task A_document_without_its_file_may_not_be_quoted_and_needs_the_link_to_its_original()
    {
        using var copy = new SeedCopy();
        copy.Replace("documents.csv", ",000_14db9b37c540f56c.txt", ",");

        var error = await LoadFailsAsync(copy);

        var errors = error.Errors.Select(e => e.ToString()).ToList();
        var line = LineOf(copy, "documents.csv", "29ee57d260cf0402");
        Assert.Contains($"graph-seed/documents.csv:{line}:4: url: a document without a file is only cited and needs the URL of the original", errors);
        Assert.Contains(errors, e => e.StartsWith("graph-seed/evidence.csv:", StringComparison.Ordinal)
            && e.EndsWith(":7: quote: document '29ee57d260cf0402' has no file: it is only cited, and its text is not ours to quote (leave quote empty)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Dangling_reference_between_facts_is_reported()
    {
        using var copy = new SeedCopy();
        copy.Append("instrument-links.csv", "bac-giang-plan-481-kh-ubnd-2022,implements,no-such-instrument");

        var error = await LoadFailsAsync(copy);

        var line = LineOf(copy, "instrument-links.csv", "no-such-instrument");
        Assert.Contains($"graph-seed/instrument-links.csv:{line}:3: to_id: unknown instrument 'no-such-instrument' (not in instruments.csv)", error.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public async Task Malformed_date_is_reported_with_its_column()
    {
        using var copy = new SeedCopy();
        copy.Replace("instruments.csv", ",2022-08-25,", ",2022-08-32,");

        var error = await LoadFailsAsync(copy);

        var line = LineOf(copy, "instruments.csv", "2022-08-32");
        Assert.Contains($"graph-seed/instruments.csv:{line}:6: signed_on: malformed date '2022-08-32' (expected YYYY-MM-DD)", error.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public async Task Duplicate_key_is_reported_with_the_first_definition()
    {
        using var copy = new SeedCopy();
        var original = File.ReadAllLines(copy.File("people.csv")).First(line => line.StartsWith("mai-son,", StringComparison.Ordinal));
        copy.Append("people.csv", original);

        var error = await LoadFailsAsync(copy);

        var lines = File.ReadAllLines(copy.File("people.csv"));
        var first = Array.IndexOf(lines, original) + 1;
        Assert.Contains($"graph-seed/people.csv:{lines.Length}:1: id: duplicate key 'mai-son' (first defined on line {first})", error.Errors.Select(e => e.ToString()));
    }

    [Theory]
    [InlineData("parties.csv", 2, "unit_id")]
    [InlineData("evidence.csv", 3, "start")]
    public async Task Duplicate_composite_key_is_reported_with_the_first_definition(string file, int column, string columnName)
    {
        using var copy = new SeedCopy();
        var original = File.ReadAllLines(copy.File(file))[1];
        copy.Append(file, original);

        var error = await LoadFailsAsync(copy);

        var lines = File.ReadAllLines(copy.File(file));
        var key = original[..original.IndexOf(',', StringComparison.Ordinal)];
        Assert.Contains(
            error.Errors.Select(e => e.ToString()),
            message => message.StartsWith($"graph-seed/{file}:{lines.Length}:{column}: {columnName}: duplicate key '{key}/", StringComparison.Ordinal)
                && message.EndsWith("' (first defined on line 2)", StringComparison.Ordinal));
    }

    // Rows in key order need no set of keys to find a repeat: the one right after its first definition is found too.
    [Theory]
    [InlineData("people.csv", 1, "id")]
    [InlineData("parties.csv", 2, "unit_id")]
    [InlineData("evidence.csv", 3, "start")]
    public async Task Duplicate_key_right_after_its_first_definition_is_reported(string file, int column, string columnName)
    {
        using var copy = new SeedCopy();
        var original = File.ReadAllLines(copy.File(file))[1];
        copy.Replace(file, original + "\n", original + "\n" + original + "\n");

        var error = await LoadFailsAsync(copy);

        Assert.Contains(
            error.Errors.Select(e => e.ToString()),
            message => message.StartsWith($"graph-seed/{file}:3:{column}: {columnName}: duplicate key '", StringComparison.Ordinal)
                && message.EndsWith("' (first defined on line 2)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unknown_and_missing_columns_are_reported_on_the_header()
    {
        using var copy = new SeedCopy();
        copy.Replace("sessions.csv", "held_on", "held_at");

        var error = await LoadFailsAsync(copy);

        var messages = error.Errors.Select(e => e.ToString()).ToList();
        Assert.Contains(messages, message => message.StartsWith("graph-seed/sessions.csv:1:4: held_at: unknown column", StringComparison.Ordinal));
        Assert.Contains("graph-seed/sessions.csv:1: held_on: the column is missing", messages);
    }

    [Fact]
    public async Task Missing_file_is_reported()
    {
        using var copy = new SeedCopy();
        File.Delete(copy.File("people.csv"));

        var error = await LoadFailsAsync(copy);

        Assert.Contains(error.Errors, e => e.File == "graph-seed/people.csv" && e.Message.StartsWith("the file is missing", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Wrong_number_of_fields_is_reported()
    {
        using var copy = new SeedCopy();
        copy.Append("fields.csv", "space,Space");

        var error = await LoadFailsAsync(copy);

        var lines = File.ReadAllLines(copy.File("fields.csv"));
        var missing = lines[0].Split(',')[2];
        Assert.Contains($"graph-seed/fields.csv:{lines.Length}:3: {missing}: expected 3 fields, found 2", error.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public async Task Stray_quote_is_reported_with_its_column()
    {
        using var copy = new SeedCopy();
        copy.Append("fields.csv", "space,Sp\"ace,Không gian");

        var error = await LoadFailsAsync(copy);

        var lines = File.ReadAllLines(copy.File("fields.csv"));
        var column = lines[0].Split(',')[1];
        Assert.Contains(error.Errors, e => e.ToString().StartsWith($"graph-seed/fields.csv:{lines.Length}:2: {column}: malformed CSV", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Stated_date_that_contradicts_a_source_is_refused()
    {
        using var copy = new SeedCopy();
        copy.Replace("instruments.csv", "(Lào) giai đoạn 2021-2025,,,,concluded,,true", "(Lào) giai đoạn 2021-2025,2021-12-12,,,concluded,,true");

        var error = await LoadFailsAsync(copy);

        var failure = Assert.Single(error.Errors);
        Assert.Equal("signed_on", failure.ColumnName);
        Assert.Equal(6, failure.Column);
        Assert.Contains("disagrees with a source that gives 2021-12-09", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evidence_quote_must_fit_its_span()
    {
        using var copy = new SeedCopy();
        copy.Replace("evidence.csv", "Tăng cường hợp tác biên giới giữa Quảng Trị - Quảng Bình - Savanakhet (Lào)", "Tăng cường hợp tác biên giới");

        var error = await LoadFailsAsync(copy);

        Assert.Contains(error.Errors, e => e.File == "graph-seed/evidence.csv" && e.ColumnName == "quote");
    }

    [Theory]
    [InlineData("zzz-an-unsourced-plan")] // after every other id: the files stay in id order
    [InlineData("aaa-an-unsourced-plan")] // before them: the instruments are out of order
    public async Task Instrument_without_parties_or_evidence_is_refused_in_or_out_of_order(string id)
    {
        using var copy = new SeedCopy();
        copy.Append("instruments.csv", $"{id},plan,,An unsourced plan,,2022-01-01,,,concluded,,false,article,1,false,,");

        var error = await LoadFailsAsync(copy);

        var line = LineOf(copy, "instruments.csv", id);
        var errors = error.Errors.Select(e => e.ToString()).ToList();
        Assert.Contains($"graph-seed/instruments.csv:{line}:1: id: the instrument has no parties in parties.csv", errors);
        Assert.Contains($"graph-seed/instruments.csv:{line}:1: id: the instrument has no evidence in evidence.csv", errors);
        Assert.Equal(2, errors.Count);
    }

    [Theory]
    [InlineData("zzz-no-such-instrument")] // after every other id: parties.csv and evidence.csv stay in id order
    [InlineData("aaa-no-such-instrument")] // before them: the files are out of order
    public async Task Party_and_evidence_naming_no_instrument_are_reported_in_or_out_of_order(string id)
    {
        using var copy = new SeedCopy();
        copy.Append("parties.csv", $"{id},VN-54,provincial_government,signatory,,");
        copy.Append("evidence.csv", $"{id},29ee57d260cf0402,10,20,,,,,");

        var error = await LoadFailsAsync(copy);

        var errors = error.Errors.Select(e => e.ToString()).ToList();
        Assert.Contains($"graph-seed/parties.csv:{LineOf(copy, "parties.csv", id)}:1: instrument_id: unknown instrument '{id}' (not in instruments.csv)", errors);
        Assert.Contains($"graph-seed/evidence.csv:{LineOf(copy, "evidence.csv", id)}:1: subject_id: unknown instrument, session, commitment or mechanism '{id}'", errors);
        Assert.Equal(2, errors.Count);
    }

    [Fact]
    public async Task Fact_without_evidence_is_refused()
    {
        using var copy = new SeedCopy();
        copy.Append("mechanisms.csv", "an-unsourced-committee,An unsourced committee,,");

        var error = await LoadFailsAsync(copy);

        Assert.Contains(error.Errors, e => e.File == "graph-seed/mechanisms.csv" && e.Message == "the mechanism has no evidence in evidence.csv");
    }

    [Fact]
    public async Task Every_error_of_every_file_is_reported_in_one_pass()
    {
        using var copy = new SeedCopy();
        copy.Replace("parties.csv", "bac-giang-xaisomboun-police-agreement,VN-54,", "bac-giang-xaisomboun-police-agreement,VN-99,");
        copy.Append("instrument-links.csv", "bac-giang-plan-481-kh-ubnd-2022,implements,no-such-instrument");

        var error = await LoadFailsAsync(copy);

        Assert.Equal(2, error.Errors.Count);
        Assert.Contains("2 error(s); nothing was loaded", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reviewer_without_a_review_is_refused()
    {
        using var copy = new SeedCopy();
        copy.Replace("instruments.csv", "2022,2024,concluded,information;defence_security;foreign_affairs;agriculture;trade;investment;infrastructure;education;health;culture;sport;tourism,false,article,1,true,,", "2022,2024,concluded,information;defence_security;foreign_affairs;agriculture;trade;investment;infrastructure;education;health;culture;sport;tourism,false,article,1,false,Lan,2025-06-01T09:30:00Z");

        var error = await LoadFailsAsync(copy);

        var line = LineOf(copy, "instruments.csv", "son-la-xieng-khouang-minutes-2022-2024,");
        Assert.Contains($"graph-seed/instruments.csv:{line}:14: reviewed: reviewed_by and reviewed_at describe a review: set reviewed=true or leave them empty", error.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public async Task Malformed_review_time_is_reported_with_its_column()
    {
        using var copy = new SeedCopy();
        copy.Replace("instruments.csv", "tourism,false,article,1,true,,\n", "tourism,false,article,1,true,Lan,2025-06-01 09:30\n");

        var error = await LoadFailsAsync(copy);

        Assert.Contains(error.Errors, e => e.File == "graph-seed/instruments.csv" && e.Column == 16 && e.Message == "malformed timestamp '2025-06-01 09:30' (expected YYYY-MM-DDTHH:MM:SSZ, in UTC)");
    }

    [Fact]
    public async Task Reviewer_claim_settles_a_signing_date_that_a_source_gives_otherwise()
    {
        using var copy = new SeedCopy();
        copy.Replace("instruments.csv", "2022-08-16,2022,2024", "2022-08-18,2022,2024");
        copy.Append("evidence.csv", "son-la-xieng-khouang-minutes-2022-2024,8a9b7840251fabe5,502,613,signed_on,2022-08-18,,Lan,2025-06-01T09:30:00Z");

        var snapshot = await SnapshotLoader.LoadAsync(new GraphSeedSource(copy.Path), TimeProvider.System, TestContext.Current.CancellationToken);

        var minutes = snapshot.InstrumentById["son-la-xieng-khouang-minutes-2022-2024"];
        Assert.Equal(new DateOnly(2022, 8, 18), minutes.Instrument.SignedOn);
        Assert.Equal(["2022-08-16", "2022-08-18"], minutes.SignedOnClaims.Select(claim => claim.Value));
        Assert.Equal("Lan", minutes.SignedOnClaims[1].Evidence.Single().Evidence.ClaimedBy);
        Assert.Empty(minutes.Conflicts);
    }

    [Fact]
    public async Task Signing_date_that_disagrees_with_the_latest_reviewer_claim_is_refused()
    {
        using var copy = new SeedCopy();
        copy.Append("evidence.csv", "son-la-xieng-khouang-minutes-2022-2024,8a9b7840251fabe5,502,613,signed_on,2022-08-18,,Lan,2025-06-01T09:30:00Z");

        var error = await LoadFailsAsync(copy);

        var line = LineOf(copy, "instruments.csv", "son-la-xieng-khouang-minutes-2022-2024,");
        Assert.Contains($"graph-seed/instruments.csv:{line}:6: signed_on: 2022-08-16 disagrees with the latest reviewer's claim (2022-08-18, by Lan)", error.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public async Task Rejected_fact_that_is_still_in_the_graph_is_refused()
    {
        using var copy = new SeedCopy();
        copy.Append("rejections.csv", "son-la-xieng-khouang-minutes-2022-2024,minutes,LA-XI:provincial_government;VN-14:provincial_government,,2022-08-16,2022,2024,,no-such-fact,Lan,2025-06-01T09:30:00Z,");

        var error = await LoadFailsAsync(copy);

        var messages = error.Errors.Select(e => e.ToString()).ToList();
        Assert.Contains("graph-seed/rejections.csv:2:1: fact_id: 'son-la-xieng-khouang-minutes-2022-2024' is rejected but still in the graph", messages);
        Assert.Contains("graph-seed/rejections.csv:2:9: merged_into: unknown instrument or session 'no-such-fact'", messages);
    }
}
