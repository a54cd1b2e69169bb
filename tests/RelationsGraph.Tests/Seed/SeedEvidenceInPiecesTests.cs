using System.Text;
using RelationsGraph.Seed;
using RelationsGraph.Testing;
using Xunit;

namespace RelationsGraph.Tests.Seed;

/// <summary>
/// A big evidence.csv is parsed in pieces by both threads of the second parse: the rows, the lines they are found on
/// and where each row's document was found are those of a read of the whole file, and an error in a piece names file,
/// line and column as a whole read does.
/// </summary>
public sealed class SeedEvidenceInPiecesTests
{
    // Rows of about 150 bytes: a file of about 1.5 MB, several pieces of at least 256 KB each.
    private const int GrownRows = 10_000;

    private const string GrownPrefix = "zzzz-grown-";

    // A document of the test seed: its id is found among the known ids by its bytes.
    private const string KnownDocument = "29ee57d260cf0402";

    [Fact]
    public async Task A_big_evidence_file_read_in_pieces_gives_the_rows_lines_and_documents_found_of_a_read_of_the_whole_file()
    {
        using var inPieces = new SeedCopy();
        var expectedLines = Grow(inPieces);
        using var whole = new SeedCopy();
        Grow(whole);
        // A last row out of key order: the file is then read whole, one row after the other.
        whole.Append("evidence.csv", $"aaaa-out-of-order,{KnownDocument},1,2,,,made up,,");

        var seed = await GraphSeedReader.ReadAsync(inPieces.Path, TestContext.Current.CancellationToken);
        var wholeSeed = await GraphSeedReader.ReadAsync(whole.Path, TestContext.Current.CancellationToken);

        var grown = seed.Evidence.Where(row => row.SubjectId.StartsWith(GrownPrefix, StringComparison.Ordinal)).ToList();
        Assert.Equal(GrownRows, grown.Count);
        Assert.Equal(expectedLines.Keys, grown.Select(row => row.SubjectId));
        Assert.All(grown, row => Assert.Equal(expectedLines[row.SubjectId], seed.Origins.Find(row)?.Line));
        Assert.Equal(Quote(4_321), grown[4_321].Quote);

        var wholeGrown = wholeSeed.Evidence.Where(row => row.SubjectId.StartsWith(GrownPrefix, StringComparison.Ordinal)).ToList();
        Assert.Equal(wholeGrown, grown);
        Assert.Equal(wholeGrown.Select(row => wholeSeed.Origins.Find(row)?.Line), grown.Select(row => seed.Origins.Find(row)?.Line));

        // Where each row's document was found, row by row: the same hints as the whole read's, and found for the grown rows.
        var documentRow = seed.Documents.IndexOf(seed.Documents.Single(document => document.Id == KnownDocument));
        Assert.Equal(
            Enumerable.Range(0, seed.Evidence.Length).Select(row => KnownRows.At(seed.KnownRows!.EvidenceDocuments, row)),
            wholeSeed.Evidence.Select((row, index) => (row, index)).Where(pair => pair.row.SubjectId != "aaaa-out-of-order")
                .Select(pair => KnownRows.At(wholeSeed.KnownRows!.EvidenceDocuments, pair.index)));
        Assert.All(
            Enumerable.Range(seed.Evidence.Length - GrownRows, GrownRows),
            row => Assert.Equal(documentRow, KnownRows.At(seed.KnownRows!.EvidenceDocuments, row)));
    }

    [Fact]
    public async Task Errors_in_the_last_piece_of_a_big_evidence_file_name_file_line_and_column()
    {
        using var copy = new SeedCopy();
        var lines = Grow(copy);
        var badValue = Id(9_500);
        copy.Replace("evidence.csv", $"{badValue},{KnownDocument},9500,", $"{badValue},{KnownDocument},not-a-number,");

        var error = await Assert.ThrowsAsync<SeedValidationException>(() => GraphSeedReader.ReadAsync(copy.Path, TestContext.Current.CancellationToken));

        var only = Assert.Single(error.Errors);
        Assert.Equal(("graph-seed/evidence.csv", lines[badValue], 3, "start"), (only.File, only.Line, only.Column, only.ColumnName));
    }

    private static string Id(int row) => $"{GrownPrefix}{row:D6}";

    // Every fifth quote spans two lines and every quote holds a comma and a doubled quote: pieces must be cut outside
    // quotes, and lines counted inside them.
    private static string Quote(int row) => row % 5 == 0
        ? $"Made-up quote {row}, with \"marks\"\nover two lines"
        : $"Made-up quote {row}, with \"marks\"";

    /// <summary>Appends the grown rows to the copy's evidence.csv; returns each one's subject with the line it starts on.</summary>
    private static Dictionary<string, int> Grow(SeedCopy copy)
    {
        var path = copy.File("evidence.csv");
        var text = new StringBuilder(File.ReadAllText(path));
        if (text.Length > 0 && text[^1] != '\n')
        {
            text.Append('\n');
        }

        var line = text.ToString().Count(c => c == '\n') + 1;
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var row = 0; row < GrownRows; row++)
        {
            var quote = Quote(row);
            lines[Id(row)] = line;
            text.Append(Id(row)).Append(',').Append(KnownDocument).Append(',').Append(row).Append(',').Append(row + 40)
                .Append(",signed_on,2024-01-01,\"").Append(quote.Replace("\"", "\"\"", StringComparison.Ordinal)).Append("\",,\n");
            line += 1 + quote.Count(c => c == '\n');
        }

        File.WriteAllText(path, text.ToString());
        return lines;
    }
}
