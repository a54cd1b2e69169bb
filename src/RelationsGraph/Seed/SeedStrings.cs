using System.Collections.Immutable;
using System.Text;

namespace RelationsGraph.Seed;

/// <summary>
/// One string instance per distinct short value across every file of one read: an instrument's id in
/// instruments.csv, parties.csv and evidence.csv, a unit's id in every row that names it, an organisation or a
/// field code repeated on thousands of rows are all the same string. A world-scale snapshot holds far fewer strings,
/// and reading allocates a string only the first time a value is seen. Long values (titles, quotes) rarely repeat and
/// are created as they are.
/// </summary>
internal sealed class SeedStrings
{
    /// <summary>Values up to this many UTF-8 bytes are shared; ids, codes and names fit.</summary>
    public const int MaxSharedBytes = 96;

    private readonly HashSet<string> _strings = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly char[] _chars = new char[Encoding.UTF8.GetMaxCharCount(MaxSharedBytes)];
    private readonly Dictionary<string, ImmutableArray<string>> _lists = new(StringComparer.Ordinal);

    // Strings another instance already holds, looked up first and never changed while this one is in use: files
    // read side by side each add to their own instance over the one that read the ids they repeat.
    private readonly SeedStrings? _shared;

    // The instruments' ids in ascending ordinal order, kept out of the set: hundreds of thousands of them would make
    // every look-up in it slower (a larger table, fewer of it in the processor's caches), and the files that repeat
    // them are in the same order, so that a reader finds each by walking beside them (SeedRowReader.Reference).
    private string[] _sortedIds = [];

    // The units' and the documents' ids, found by their bytes (KnownIds): parties.csv and evidence.csv name one on
    // nearly every row, in no order that a walk could follow.
    private KnownIds? _knownIds;

    public SeedStrings() => _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Strings of their own over <paramref name="shared"/>'s, which must not change while these are used.</summary>
    public SeedStrings(SeedStrings shared)
        : this() => _shared = shared;

    public string Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.IsEmpty)
        {
            return string.Empty;
        }

        if (utf8.Length > MaxSharedBytes)
        {
            return Encoding.UTF8.GetString(utf8);
        }

        return Get(_chars.AsSpan(0, Encoding.UTF8.GetChars(utf8, _chars)));
    }

    /// <summary>The shared instance of a short value given as characters.</summary>
    public string Get(ReadOnlySpan<char> chars)
    {
        if (chars.IsEmpty)
        {
            return string.Empty;
        }

        if (chars.Length > MaxSharedBytes)
        {
            return new string(chars);
        }

        if (_shared is not null && _shared._lookup.TryGetValue(chars, out var shared))
        {
            return shared;
        }

        if (!_lookup.TryGetValue(chars, out shared))
        {
            shared = FindSortedId(chars) ?? new string(chars);
            _strings.Add(shared);
        }

        return shared;
    }

    /// <summary>The ids in ascending ordinal order that values may repeat (the instruments'), shared by instances over this one.</summary>
    public ReadOnlySpan<string> SortedIds => _shared?._sortedIds ?? _sortedIds;

    /// <summary>The ids of rows read earlier that other files name (units', documents'), shared by instances over this one.</summary>
    public KnownIds? KnownIds => _shared?._knownIds ?? _knownIds;

    /// <summary>Holds these ids (strings of this instance already), each with the row it was read from, to be found by their bytes; see <see cref="Seed.KnownIds"/>.</summary>
    public void AddKnownIds(IEnumerable<(string Id, int Row)> ids) => _knownIds = new KnownIds(ids);

    /// <summary>
    /// Shares these ids: kept as they are, out of the set, when in strictly ascending ordinal order (as the writer
    /// writes them), added to the set otherwise.
    /// </summary>
    public void AddIds(string[] ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        for (var i = 1; i < ids.Length; i++)
        {
            if (string.CompareOrdinal(ids[i - 1], ids[i]) >= 0)
            {
                _strings.UnionWith(ids);
                return;
            }
        }

        _sortedIds = ids;
    }

    private string? FindSortedId(ReadOnlySpan<char> chars)
    {
        var ids = SortedIds;
        var (low, high) = (0, ids.Length - 1);
        while (low <= high)
        {
            var middle = low + ((high - low) >> 1);
            var order = chars.SequenceCompareTo(ids[middle]);
            if (order == 0)
            {
                return ids[middle];
            }

            (low, high) = order < 0 ? (low, middle - 1) : (middle + 1, high);
        }

        return null;
    }

    /// <summary>
    /// Adds the strings and lists of an instance read beside this one (with no shared instance of its own), so that the
    /// files read next share them too; a value both hold keeps this instance's string.
    /// </summary>
    public void AddFrom(SeedStrings other)
    {
        ArgumentNullException.ThrowIfNull(other);
        _strings.UnionWith(other._strings);
        foreach (var (raw, list) in other._lists)
        {
            _lists.TryAdd(raw, list);
        }
    }

    /// <summary>The shared list already made of this raw list value, if any.</summary>
    public ImmutableArray<string>? FindList(string raw) => _lists.TryGetValue(raw, out var list) ? list : null;

    /// <summary>Shares a list made of a short raw list value; returns it.</summary>
    public ImmutableArray<string> AddList(string raw, ImmutableArray<string> list)
    {
        if (raw.Length <= MaxSharedBytes)
        {
            _lists[raw] = list;
        }

        return list;
    }
}
