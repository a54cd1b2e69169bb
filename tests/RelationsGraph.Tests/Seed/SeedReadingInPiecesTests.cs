using System.Text;
using RelationsGraph.Seed;
using RelationsGraph.Testing;
using Xunit;

namespace RelationsGraph.Tests.Seed;

/// <summary>
/// A big instruments.csv is parsed in pieces on two threads: the rows, their order and the lines they are found on are
/// those of a read of the whole file, and an error anywhere, the last piece included, names file, line and column.
/// </summary>
public sealed class SeedReadingInPiecesTests
{
    // Enough rows of about 170 bytes for a file of about 1.4 MB: several pieces of at least 256 KB each.
    private const int GrownRows = 8_000;

    [Fact]
    public async Task A_big_instruments_file_read_in_pieces_gives_the_rows_and_lines_of_a_read_of_the_whole_file()
    {
        using var inPieces = new SeedCopy();
        var expectedLines = Grow(inPieces);
        using var whole = new SeedCopy();
        Grow(whole);
        // A last row out of key order: the file is then read whole, one row after the other.
        whole.Append("instruments.csv", "aaaa-out-of-order,agreement,,Out of order,,,,,concluded,,false,article,0.9,false,,");

        var seed = await GraphSeedReader.ReadAsync(inPieces.Path, TestContext.Current.CancellationToken);
        var wholeSeed = await GraphSeedReader.ReadAsync(whole.Path, TestContext.Current.CancellationToken);

        var grown = seed.Instruments.Where(row => row.Id.StartsWith(GrownPrefix, StringComparison.Ordinal)).ToList();
        Assert.Equal(GrownRows, grown.Count);
        Assert.Equal(expectedLines.Keys, grown.Select(row => row.Id));
        Assert.All(grown, row => Assert.Equal(expectedLines[row.Id], seed.Origins.Find(row)?.Line));
        Assert.Equal(Title(4_321), grown[4_321].Title);
        Assert.Equal(seed.Instruments.Select(row => row.Id).Order(StringComparer.Ordinal), seed.Instruments.Select(row => row.Id));

        var wholeGrown = wholeSeed.Instruments.Where(row => row.Id.StartsWith(GrownPrefix, StringComparison.Ordinal)).ToList();
        Assert.Equal(wholeGrown, grown);
        Assert.Equal(wholeGrown.Select(row => wholeSeed.Origins.Find(row)?.Line), grown.Select(row => seed.Origins.Find(row)?.Line));
    }

    [Fact]
    public async Task Errors_in_the_last_piece_of_a_big_instruments_file_name_file_line_and_column()
    {
        using var copy = new SeedCopy();
        var lines = Grow(copy);
        var (badValue, repeated) = (Id(7_500), Id(7_900));
        copy.Replace("instruments.csv", $"{badValue},agreement,", $"{badValue},not-a-kind,");
        copy.Replace("instruments.csv", $"{repeated},agreement,", $"{Id(7_899)},agreement,");

        var error = await Assert.ThrowsAsync<SeedValidationException>(() => GraphSeedReader.ReadAsync(copy.Path, TestContext.Current.CancellationToken));

        Assert.Collection(
            error.Errors,
            kind => Assert.Equal(("graph-seed/instruments.csv", lines[badValue], 2, "kind"), (kind.File, kind.Line, kind.Column, kind.ColumnName)),
            duplicate =>
            {
                Assert.Equal(("graph-seed/instruments.csv", lines[repeated], 1, "id"), (duplicate.File, duplicate.Line, duplicate.Column, duplicate.ColumnName));
                Assert.Contains($"first defined on line {lines[Id(7_899)]}", duplicate.Message, StringComparison.Ordinal);
            });
    }

    private const string GrownPrefix = "zzzz-grown-";

    private static string Id(int row) => $"{GrownPrefix}{row:D6}";

    // Every seventh title spans two lines and every title holds a comma and a doubled quote: pieces must be cut
    // outside quotes, and lines counted inside them.
    private static string Title(int row) => row % 7 == 0
        ? $"Grown agreement {row}, with a \"quote\"\nand a second line"
        : $"Grown agreement {row}, with a \"quote\"";

    /// <summary>Appends the grown rows to the copy's instruments.csv; returns each one's id with the line it starts on.</summary>
    private static Dictionary<string, int> Grow(SeedCopy copy)
    {
        var path = copy.File("instruments.csv");
        var text = new StringBuilder(File.ReadAllText(path));
        if (text.Length > 0 && text[^1] != '\n')
        {
            text.Append('\n');
        }

        var line = text.ToString().Count(c => c == '\n') + 1;
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var row = 0; row < GrownRows; row++)
        {
            var title = Title(row);
            lines[Id(row)] = line;
            text.Append(Id(row)).Append(",agreement,,\"").Append(title.Replace("\"", "\"\"", StringComparison.Ordinal))
                .Append("\",,2024-01-01,2024,2027,concluded,trade;tourism,false,article,0.9,false,,\n");
            line += 1 + title.Count(c => c == '\n');
        }

        File.WriteAllText(path, text.ToString());
        return lines;
    }
}
