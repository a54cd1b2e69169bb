using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using CsvHelper;
using RelationsGraph.Common;

namespace RelationsGraph.Seed;

/// <summary>
/// Reads the fields of one row by column name, converting them and recording a located <see cref="SeedError"/>
/// for every value it cannot accept instead of throwing, so that one pass reports every problem of a file.
/// Values are read from the CSV reader's UTF-8 bytes as they are asked for: dates, numbers and flags are parsed from
/// the bytes without a string, and text goes through the read's shared strings (<see cref="SeedStrings"/>).
/// </summary>
public sealed class SeedRowReader
{
    public const char ListSeparator = ';';

    // Dates, timestamps and numbers longer than this are malformed anyway.
    private const int MaxParsedChars = 64;

    private readonly IReadOnlyDictionary<string, int> _columnIndex;
    private readonly List<SeedError> _errors;
    private readonly SeedStrings _strings;

    // The tables ask for their columns by the same literal on every row: a reference compare in a small slot table
    // finds the column's index without hashing its name again for every field of every row.
    private readonly string?[] _slotNames = new string?[ColumnSlots];
    private readonly int[] _slotIndexes = new int[ColumnSlots];
    private CsvReader? _csv;

    // The last short value read from each column, as bytes and as the string given for them: ids and codes repeat from
    // row to row in files written in key order (an instrument's two parties, a subject's evidence), and a repeat is
    // then one comparison of a few bytes instead of a look-up among hundreds of thousands of shared strings.
    private readonly byte[]?[] _lastBytes;
    private readonly int[] _lastLength;
    private readonly string?[] _lastText;

    // Where each column's walk beside the sorted ids (SeedStrings.SortedIds) has got to.
    private readonly int[] _idCursor;

    private const int ColumnSlots = 64;

    internal SeedRowReader(string file, IReadOnlyDictionary<string, int> columnIndex, List<SeedError> errors, SeedStrings strings)
    {
        File = file;
        _columnIndex = columnIndex;
        _errors = errors;
        _strings = strings;
        var columns = columnIndex.Count == 0 ? 0 : columnIndex.Values.Max() + 1;
        _lastBytes = new byte[columns][];
        _lastLength = new int[columns];
        _lastText = new string[columns];
        _idCursor = new int[columns];
    }

    public string File { get; }

    public int Line { get; private set; }

    public bool HasErrors { get; private set; }

    /// <summary>Moves the reader to the CSV reader's current row of the same file; one reader serves a whole file.</summary>
    internal void Reset(int line, CsvReader csv)
    {
        Line = line;
        _csv = csv;
        HasErrors = false;
        KnownRow = -1;
    }

    /// <summary>The row that the id <see cref="KnownId"/> last found on this row was read from (see <see cref="KnownIds"/>), or -1.</summary>
    internal int KnownRow { get; private set; } = -1;

    public string Text(string column) => Required(column, OptionalText(column));

    public string? OptionalText(string column)
    {
        // A column the file lacks (one of the table's optional columns) reads as empty: the documented default.
        if (!TryColumn(column, out var index))
        {
            return null;
        }

        var raw = _csv!.GetSpan(index);
        if (raw.IsEmpty)
        {
            return null;
        }

        if (raw.Length > SeedStrings.MaxSharedBytes)
        {
            return _strings.Get(raw);
        }

        if (_lastText[index] is { } last && raw.SequenceEqual(_lastBytes[index].AsSpan(0, _lastLength[index])))
        {
            return last;
        }

        var text = _strings.Get(raw);
        raw.CopyTo(_lastBytes[index] ??= new byte[SeedStrings.MaxSharedBytes]);
        _lastLength[index] = raw.Length;
        _lastText[index] = text;
        return text;
    }

    /// <summary>
    /// A required id of a row read earlier (an instrument's), in a file written in that id's order (parties.csv by
    /// instrument, evidence.csv by subject): found by walking the sorted ids beside the rows, a comparison or two per
    /// row, instead of a look-up; any other value (another kind of subject, a file out of order) is looked up as
    /// <see cref="Text"/> does, with the same result.
    /// </summary>
    public string Reference(string column)
    {
        if (TryColumn(column, out var index) && _csv!.GetSpan(index) is { IsEmpty: false } raw
            && FindSortedId(raw, ref _idCursor[index]) is { } id)
        {
            return id;
        }

        return Text(column);
    }

    /// <summary>
    /// A required id of a row read earlier that a file names on nearly every row in no useful order (a party's unit, an
    /// evidence row's document): found by its bytes among those ids (<see cref="KnownIds"/>), one slot read; any other
    /// value (an unknown id, one too long to be held there) is looked up as <see cref="Text"/> does, with the same result.
    /// </summary>
    public string KnownId(string column)
    {
        if (TryColumn(column, out var index) && _csv!.GetSpan(index) is { IsEmpty: false } raw
            && _strings.KnownIds is { } known && known.Find(raw, out var row) is { } id)
        {
            KnownRow = row;
            return id;
        }

        KnownRow = -1;
        return Text(column);
    }

    private string? FindSortedId(ReadOnlySpan<byte> raw, ref int at)
    {
        var ids = _strings.SortedIds;
        while (at < ids.Length)
        {
            var order = CompareAscii(raw, ids[at]);
            if (order == 0)
            {
                return ids[at];
            }

            if (order is null or < 0)
            {
                return null;
            }

            at++;
        }

        return null;
    }

    /// <summary>Ordinal order of UTF-8 bytes and a string, both ASCII; null when either is not.</summary>
    private static int? CompareAscii(ReadOnlySpan<byte> utf8, string text)
    {
        var length = Math.Min(utf8.Length, text.Length);
        for (var i = 0; i < length; i++)
        {
            var (b, c) = (utf8[i], text[i]);
            if (b >= 0x80 || c >= 0x80)
            {
                return null;
            }

            if (b != c)
            {
                return b - c;
            }
        }

        return utf8.Length - text.Length;
    }

    /// <summary>The value's UTF-8 bytes; empty when the value is empty or the file lacks the column.</summary>
    private ReadOnlySpan<byte> Raw(string column) => TryColumn(column, out var index) ? _csv!.GetSpan(index) : default;

    /// <summary>
    /// Text that one row alone holds (a title, a URL, a content hash): made as it is, not looked up among the read's
    /// shared strings, whose set would otherwise grow by hundreds of thousands of values nothing repeats.
    /// </summary>
    public string UniqueText(string column) => Required(column, OptionalUniqueText(column));

    /// <inheritdoc cref="UniqueText"/>
    public string? OptionalUniqueText(string column)
    {
        if (!TryColumn(column, out var index))
        {
            return null;
        }

        var raw = _csv!.GetSpan(index);
        return raw.IsEmpty ? null : Encoding.UTF8.GetString(raw);
    }

    private string Required(string column, string? value)
    {
        if (value is null)
        {
            Fail(column, "a value is required");
            return string.Empty;
        }

        return value;
    }

    /// <summary>The value's characters in <paramref name="buffer"/> without making a string; false when empty or absent.</summary>
    private bool TryChars(string column, Span<char> buffer, out int length)
    {
        length = 0;
        if (!TryColumn(column, out var index))
        {
            return false;
        }

        var raw = _csv!.GetSpan(index);
        if (raw.IsEmpty)
        {
            return false;
        }

        if (raw.Length > buffer.Length)
        {
            // Too long for any value parsed here: read as text, so that the caller reports it malformed.
            length = -1;
            return true;
        }

        length = Encoding.UTF8.GetChars(raw, buffer);
        return true;
    }

    public DateOnly? Date(string column)
    {
        if (IsoDate(Raw(column)) is { } fast)
        {
            return fast;
        }

        Span<char> chars = stackalloc char[MaxParsedChars];
        if (!TryChars(column, chars, out var length))
        {
            return null;
        }

        if (length >= 0 && DateOnly.TryParseExact(chars[..length], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Fail(column, $"malformed date '{OptionalText(column)}' (expected YYYY-MM-DD)");
        return null;
    }

    /// <summary>A moment in UTC written <c>YYYY-MM-DDTHH:MM:SSZ</c>.</summary>
    public DateTimeOffset? Timestamp(string column)
    {
        Span<char> chars = stackalloc char[MaxParsedChars];
        if (!TryChars(column, chars, out var length))
        {
            return null;
        }

        if (length >= 0 && DateTimeOffset.TryParseExact(chars[..length], SeedFormat.TimestampFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var moment))
        {
            return moment;
        }

        Fail(column, $"malformed timestamp '{OptionalText(column)}' (expected YYYY-MM-DDTHH:MM:SSZ, in UTC)");
        return null;
    }

    public DateOnly RequiredDate(string column)
    {
        if (OptionalText(column) is null)
        {
            Fail(column, "a date is required");
            return default;
        }

        return Date(column) ?? default;
    }

    public int? WholeNumber(string column, int min = int.MinValue, int max = int.MaxValue)
    {
        // Straight from the bytes when they hold a number in range; anything else takes the path below, which reports it.
        var raw = Raw(column);
        if (!raw.IsEmpty && int.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var fast) && fast >= min && fast <= max)
        {
            return fast;
        }

        Span<char> chars = stackalloc char[MaxParsedChars];
        if (!TryChars(column, chars, out var length))
        {
            return null;
        }

        if (length >= 0 && int.TryParse(chars[..length], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        Fail(column, $"'{OptionalText(column)}' is not a whole number from {min} to {max}");
        return null;
    }

    public int RequiredWholeNumber(string column, int min = int.MinValue, int max = int.MaxValue)
    {
        if (OptionalText(column) is null)
        {
            Fail(column, "a number is required");
            return 0;
        }

        return WholeNumber(column, min, max) ?? 0;
    }

    public long? Amount(string column)
    {
        var raw = OptionalText(column);
        if (raw is null)
        {
            return null;
        }

        if (long.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= 0)
        {
            return value;
        }

        Fail(column, $"'{raw}' is not a non-negative whole number");
        return null;
    }

    public double Probability(string column, double defaultValue)
    {
        var raw = Raw(column);
        if (!raw.IsEmpty && double.TryParse(raw, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var fast) && fast is >= 0 and <= 1)
        {
            return fast;
        }

        Span<char> chars = stackalloc char[MaxParsedChars];
        if (!TryChars(column, chars, out var length))
        {
            return defaultValue;
        }

        if (length >= 0 && double.TryParse(chars[..length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 1)
        {
            return value;
        }

        Fail(column, $"'{OptionalText(column)}' is not a number from 0 to 1");
        return defaultValue;
    }

    public bool Bool(string column, bool defaultValue)
    {
        var bytes = Raw(column);
        if (bytes.SequenceEqual("true"u8))
        {
            return true;
        }

        if (bytes.SequenceEqual("false"u8))
        {
            return false;
        }

        var raw = OptionalText(column);
        switch (raw)
        {
            case null:
                return defaultValue;
            case "true":
                return true;
            case "false":
                return false;
            default:
                Fail(column, $"'{raw}' is not true or false");
                return defaultValue;
        }
    }

    public TEnum Enum<TEnum>(string column)
        where TEnum : struct, Enum => ParseEnum<TEnum>(column, null);

    public TEnum Enum<TEnum>(string column, TEnum defaultValue)
        where TEnum : struct, Enum => ParseEnum<TEnum>(column, defaultValue);

    public ImmutableArray<string> List(string column)
    {
        var raw = OptionalText(column);
        if (raw is null)
        {
            return [];
        }

        // Lists repeat ("trade", "trade;culture"): one array per distinct list, one string per distinct item.
        if (_strings.FindList(raw) is { } known)
        {
            return known;
        }

        var items = raw.Split(ListSeparator, StringSplitOptions.TrimEntries);
        if (items.Any(item => item.Length == 0))
        {
            Fail(column, $"empty item in list '{raw}' (items are separated by '{ListSeparator}')");
            return [.. items.Where(item => item.Length > 0)];
        }

        return _strings.AddList(raw, [.. items.Select(item => _strings.Get(item.AsSpan()))]);
    }

    public ImmutableArray<int> WholeNumbers(string column)
    {
        var builder = ImmutableArray.CreateBuilder<int>();
        foreach (var item in List(column))
        {
            if (int.TryParse(item, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                builder.Add(value);
            }
            else
            {
                Fail(column, $"'{item}' is not a whole number");
            }
        }

        return builder.ToImmutable();
    }

    private TEnum ParseEnum<TEnum>(string column, TEnum? defaultValue)
        where TEnum : struct, Enum
    {
        // Codes are compared as the file's bytes: no string is made or looked up for a code that is known.
        var bytes = Raw(column);
        if (!bytes.IsEmpty && EnumCodes.TryParse(bytes, out TEnum known))
        {
            return known;
        }

        var raw = OptionalText(column);
        if (raw is null)
        {
            if (defaultValue is { } fallback)
            {
                return fallback;
            }

            Fail(column, $"a value is required (one of {string.Join(", ", EnumCodes.All<TEnum>())})");
            return default;
        }

        if (EnumCodes.TryParse(raw, out TEnum value))
        {
            return value;
        }

        Fail(column, $"unknown value '{raw}' (expected one of {string.Join(", ", EnumCodes.All<TEnum>())})");
        return default;
    }

    /// <summary>A date written exactly <c>YYYY-MM-DD</c> and valid, read from its bytes; null for anything else.</summary>
    private static DateOnly? IsoDate(ReadOnlySpan<byte> raw)
    {
        if (raw.Length != 10 || raw[4] != (byte)'-' || raw[7] != (byte)'-')
        {
            return null;
        }

        var year = Digits(raw[..4]);
        var month = Digits(raw.Slice(5, 2));
        var day = Digits(raw.Slice(8, 2));
        return year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }

    /// <summary>The number the ASCII digits spell; -1 when any byte is not a digit.</summary>
    private static int Digits(ReadOnlySpan<byte> digits)
    {
        var value = 0;
        foreach (var digit in digits)
        {
            if (digit is < (byte)'0' or > (byte)'9')
            {
                return -1;
            }

            value = (value * 10) + (digit - '0');
        }

        return value;
    }

    private bool TryColumn(string column, out int index)
    {
        var slot = RuntimeHelpers.GetHashCode(column) & (ColumnSlots - 1);
        if (ReferenceEquals(_slotNames[slot], column))
        {
            index = _slotIndexes[slot];
            return index >= 0;
        }

        var found = _columnIndex.TryGetValue(column, out index);
        _slotNames[slot] = column;
        _slotIndexes[slot] = found ? index : -1;
        return found;
    }

    public void Fail(string column, string message)
    {
        HasErrors = true;
        _errors.Add(new SeedError(File, Line, _columnIndex.TryGetValue(column, out var index) ? index + 1 : null, column, message));
    }
}
