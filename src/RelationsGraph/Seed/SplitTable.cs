using System.Collections.Immutable;
using System.Runtime.InteropServices;
using CsvHelper;

namespace RelationsGraph.Seed;

/// <summary>
/// One big file's rows parsed in pieces by whichever of two threads is free: the file is cut at line breaks outside
/// quoted fields (an even count of quotes before them), each piece parsed with the line numbers it has in the file,
/// and its rows written where they go in the file's one array of rows. Only a file the writer could have written takes
/// this way to the end: a piece with anything wrong in it (a malformed record, a value refused, a key not after the
/// one before it) makes <see cref="Finish"/> answer null, and the caller then reads the file whole, one row after the
/// other, which reports every error as it always did (file, line, column, in file order).
/// </summary>
internal sealed class SplitTable<T>
    where T : class
{
    // About a sixteenth of the file per piece: the thread that comes to it later still gets a share, and neither waits
    // for the other's last piece longer than a sixteenth of the file takes.
    private const int Pieces = 16;

    // Below this a file is one piece: two threads would save less than they cost.
    private const int MinPieceBytes = 256 * 1024;

    private readonly SeedTable<T> _table;
    private readonly byte[] _bytes;
    private readonly string _displayPath;
    private readonly string[] _header;
    private readonly Dictionary<string, int> _columnIndex;
    private readonly Piece[] _pieces;
    private readonly T[] _rows;
    private readonly int[] _lines;
    private int _next = -1;
    private volatile bool _failed;

    private SplitTable(SeedTable<T> table, byte[] bytes, string displayPath, string[] header, Dictionary<string, int> columnIndex, Piece[] pieces)
    {
        _table = table;
        _bytes = bytes;
        _displayPath = displayPath;
        _header = header;
        _columnIndex = columnIndex;
        _pieces = pieces;
        var rows = 0;
        foreach (var piece in pieces)
        {
            rows += piece.Capacity;
        }

        _rows = new T[rows];
        _lines = new int[rows];
    }

    /// <summary>
    /// The file cut into pieces after its header, or null when it is not one that can be: missing, not UTF-8 (a byte
    /// order mark of UTF-16 or UTF-32), or with a header that is not exactly the table's columns.
    /// </summary>
    public static SplitTable<T>? Cut(SeedTable<T> table, byte[]? bytes, string displayPath)
    {
        if (bytes is null || bytes.Length == 0 || bytes[0] is 0xFE or 0xFF or 0x00 || (bytes.Length > 1 && bytes[1] == 0x00))
        {
            return null;
        }

        var headerEnd = NextLineStart(bytes, 0);
        if (headerEnd < 0)
        {
            return null;
        }

        string[] header;
        try
        {
            using var reader = CsvReader.Create(bytes.AsMemory(0, headerEnd), Options(hasHeader: true));
            reader.ReadHeader();
            header = [.. reader.Headers];
        }
        catch (CsvFormatException)
        {
            return null;
        }

        var headerErrors = new List<SeedError>();
        if (GraphSeedReader.CheckHeader(table, header, displayPath, headerErrors) is not { } columnIndex || headerErrors.Count > 0)
        {
            return null;
        }

        var pieces = new List<Piece>(Pieces);
        var pieceBytes = Math.Max(MinPieceBytes, (bytes.Length - headerEnd) / Pieces);
        var (start, linesBefore, first) = (headerEnd, LinesIn(bytes.AsSpan(0, headerEnd)), 0);
        while (start < bytes.Length)
        {
            // Each piece starts outside quotes, so a line break ends the next piece where the quotes since its start are even.
            var end = start + pieceBytes >= bytes.Length ? -1 : NextLineStart(bytes, start, start + pieceBytes);
            if (end < 0)
            {
                end = bytes.Length;
            }

            var lines = LinesIn(bytes.AsSpan(start, end - start));

            // Every row takes at least one line; the file's last may lack its line break.
            var capacity = lines + (end == bytes.Length && bytes[^1] != (byte)'\n' ? 1 : 0);
            pieces.Add(new Piece(start, end, linesBefore, first, capacity));
            (start, linesBefore, first) = (end, linesBefore + lines, first + capacity);
        }

        return new SplitTable<T>(table, bytes, displayPath, header, columnIndex, [.. pieces]);
    }

    /// <summary>
    /// Parses pieces not yet taken by another thread until none is left, with these strings (the calling thread's own:
    /// pieces parsed on different threads never share an instance of <see cref="SeedStrings"/>).
    /// </summary>
    public void ParsePieces(SeedStrings strings, CancellationToken cancellationToken)
    {
        var errors = new List<SeedError>();
        int at;
        while (!_failed && (at = Interlocked.Increment(ref _next)) < _pieces.Length)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!ParsePiece(ref _pieces[at], strings, errors))
            {
                _failed = true;
            }
        }
    }

    /// <summary>
    /// The file's rows in file order, once every piece is parsed (after every <see cref="ParsePieces"/> call returned),
    /// recorded in <paramref name="origins"/>; null when a piece found anything wrong, or when keys do not rise
    /// strictly from one piece to the next: the file is then to be read whole.
    /// </summary>
    public ImmutableArray<T>? Finish(RowOrigins origins)
    {
        if (_failed || _next < _pieces.Length - 1)
        {
            return null;
        }

        var count = 0;
        T? previous = null;
        foreach (ref readonly var piece in _pieces.AsSpan())
        {
            if (piece.Count == 0)
            {
                continue;
            }

            if (previous is not null && !Precedes(previous, _rows[piece.First]))
            {
                return null;
            }

            previous = _rows[piece.First + piece.Count - 1];

            // Pieces hold fewer rows than lines when a row spans lines or a line is empty: the later rows move down.
            if (piece.First != count)
            {
                Array.Copy(_rows, piece.First, _rows, count, piece.Count);
                Array.Copy(_lines, piece.First, _lines, count, piece.Count);
            }

            count += piece.Count;
        }

        var result = count == _rows.Length ? ImmutableCollectionsMarshal.AsImmutableArray(_rows) : ImmutableArray.Create(_rows, 0, count);
        origins.AddTable(_displayPath, _header, result, count == _lines.Length ? _lines : _lines[..count]);
        return result;
    }

    private bool ParsePiece(ref Piece piece, SeedStrings strings, List<SeedError> errors)
    {
        var malformed = false;
        var options = Options(hasHeader: false) with { OnMalformedRecord = _ => malformed = true };
        using var reader = CsvReader.Create(_bytes.AsMemory(piece.Start, piece.End - piece.Start), options);
        var rowReader = new SeedRowReader(_displayPath, _columnIndex, errors, strings);
        var (first, capacity, count) = (piece.First, piece.Capacity, 0);
        while (reader.Read())
        {
            if (malformed || reader.FieldCount != _header.Length || count == capacity)
            {
                return false;
            }

            var line = piece.LinesBefore + (int)reader.LineNumber;
            rowReader.Reset(line, reader);
            var row = _table.Parse(rowReader);
            if (rowReader.HasErrors || (count > 0 && !Precedes(_rows[first + count - 1], row)))
            {
                return false;
            }

            _rows[first + count] = row;
            _lines[first + count] = line;
            count++;
        }

        piece.Count = count;
        return !malformed;
    }

    private bool Precedes(T earlier, T row) =>
        _table.KeyOrder is { } order ? order(earlier, row) < 0 : string.CompareOrdinal(_table.Key(earlier), _table.Key(row)) < 0;

    private static CsvReaderOptions Options(bool hasHeader) => new()
    {
        Separator = ',',
        HasHeader = hasHeader,
        TrackLineNumbers = true,
        TrimWhitespace = false,
        SkipEmptyLines = true,
    };

    /// <summary>
    /// Where the line after the first line break at or after <paramref name="from"/> outside quotes starts, for a piece
    /// of the file that starts outside quotes at <paramref name="start"/>; -1 when no such line break is left.
    /// </summary>
    private static int NextLineStart(byte[] bytes, int start, int from)
    {
        var quotes = QuotesIn(bytes.AsSpan(start, from - start));
        var at = from;
        while (at < bytes.Length)
        {
            var lineBreak = bytes.AsSpan(at).IndexOf((byte)'\n');
            if (lineBreak < 0)
            {
                return -1;
            }

            quotes += QuotesIn(bytes.AsSpan(at, lineBreak));
            at += lineBreak + 1;
            if (quotes % 2 == 0)
            {
                return at;
            }
        }

        return -1;
    }

    private static int NextLineStart(byte[] bytes, int start) => NextLineStart(bytes, start, start);

    private static int QuotesIn(ReadOnlySpan<byte> bytes) => bytes.Count((byte)'"');

    private static int LinesIn(ReadOnlySpan<byte> bytes) => bytes.Count((byte)'\n');

    [StructLayout(LayoutKind.Auto)]
    private record struct Piece(int Start, int End, int LinesBefore, int First, int Capacity)
    {
        public int Count { get; set; }
    }
}
