using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.InteropServices;

namespace RelationsGraph.Seed;

/// <summary>
/// The ids of rows read earlier that the biggest files name on nearly every row (parties.csv a unit, evidence.csv a
/// document), found by their UTF-8 bytes: each slot holds the id's bytes themselves (up to 16, packed in two words), so
/// that a look-up reads one slot and compares two words, with no characters decoded, no string hashed and no string
/// read (the shared-string set would read a bucket, an entry and the string: three places far apart in memory, for
/// each of about 1.2 million values). Only ASCII ids of at most 16 bytes are held; anything else is not found here and
/// is looked up among the shared strings as before, with the same result. Each id also keeps the row it was read
/// from (its position in its own file), which the reader hands on to linking (<see cref="KnownRows"/>), so that
/// linking too finds a party's unit and an evidence row's document without hashing their ids again.
/// </summary>
internal sealed class KnownIds
{
    public const int MaxBytes = 16;

    private readonly Slot[] _slots;
    private readonly int _mask;

    /// <summary>Holds these ids, each with its position in the sequence as its row.</summary>
    public KnownIds(IEnumerable<string> ids)
        : this(ids.Select((id, row) => (id, row)))
    {
    }

    /// <summary>Holds these ids, each with the row it was read from.</summary>
    public KnownIds(IEnumerable<(string Id, int Row)> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var held = ids.Where(entry => IsHeld(entry.Id)).ToList();

        // At most half full: a miss (an id of another kind, a typo) ends at an empty slot after a probe or two.
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, held.Count * 2));
        _slots = new Slot[size];
        _mask = size - 1;
        Span<byte> bytes = stackalloc byte[MaxBytes];
        foreach (var (id, row) in held)
        {
            bytes.Clear();
            for (var i = 0; i < id.Length; i++)
            {
                bytes[i] = (byte)id[i];
            }

            var (low, high) = (BinaryPrimitives.ReadUInt64LittleEndian(bytes), BinaryPrimitives.ReadUInt64LittleEndian(bytes[8..]));
            var at = Hash(low, high, id.Length) & _mask;
            while (_slots[at].Id is { } other)
            {
                if (other.Length == id.Length && _slots[at].Low == low && _slots[at].High == high)
                {
                    break;
                }

                at = (at + 1) & _mask;
            }

            _slots[at] = new Slot(low, high, id.Length, row, id);
        }

        Count = held.Count;
    }

    /// <summary>How many ids are held.</summary>
    public int Count { get; }

    /// <summary>The id these bytes spell, or null when it is not held (not an id read earlier, or not one kept here).</summary>
    public string? Find(ReadOnlySpan<byte> utf8) => Find(utf8, out _);

    /// <summary>The id these bytes spell and the row it was read from, or null (and row -1) when it is not held.</summary>
    public string? Find(ReadOnlySpan<byte> utf8, out int row)
    {
        row = -1;
        if (utf8.Length is 0 or > MaxBytes)
        {
            return null;
        }

        Span<byte> bytes = stackalloc byte[MaxBytes];
        bytes.Clear();
        utf8.CopyTo(bytes);
        var (low, high) = (BinaryPrimitives.ReadUInt64LittleEndian(bytes), BinaryPrimitives.ReadUInt64LittleEndian(bytes[8..]));
        var at = Hash(low, high, utf8.Length) & _mask;
        while (true)
        {
            ref readonly var slot = ref _slots[at];
            if (slot.Id is null)
            {
                return null;
            }

            if (slot.Low == low && slot.High == high && slot.Length == utf8.Length)
            {
                row = slot.Row;
                return slot.Id;
            }

            at = (at + 1) & _mask;
        }
    }

    private static bool IsHeld(string id) => id.Length is > 0 and <= MaxBytes && id.AsSpan().IndexOfAnyExceptInRange((char)1, (char)0x7F) < 0;

    private static int Hash(ulong low, ulong high, int length)
    {
        var mixed = ((low * 0x9E3779B97F4A7C15UL) ^ (high * 0xC2B2AE3D27D4EB4FUL) ^ (ulong)length) * 0x165667B19E3779F9UL;
        return (int)(mixed >> 32);
    }

    [StructLayout(LayoutKind.Auto)]
    private readonly record struct Slot(ulong Low, ulong High, int Length, int Row, string? Id);
}
