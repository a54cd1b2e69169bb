using System.Numerics;

namespace RelationsGraph.Search;

/// <summary>
/// The distinct words of an index being built, interned by their characters: ids in order of first appearance, the
/// characters of all words in one array, no string and no dictionary entry per word (a world-scale index has about
/// one distinct word per title: its number).
/// </summary>
internal sealed class SearchWordTable
{
    // A sort key holds this many characters of a word, 16 bits each, the first in the highest bits.
    private const int CharsPerKey = 4;

    private char[] _chars;
    private int _charCount;

    // Word i is _chars[_starts[i].._starts[i + 1]]; _starts[Count] is where the next word goes.
    private int[] _starts;
    private int[] _hashes;
    private int _count;

    // Open addressing with linear probing: a word's id plus one, or 0 for a free slot; kept at most half full.
    private int[] _slots;

    public SearchWordTable(int expectedWords)
    {
        var capacity = Math.Max(16, expectedWords);
        _chars = new char[capacity * 8];
        _starts = new int[capacity + 1];
        _hashes = new int[capacity];
        _slots = new int[(int)BitOperations.RoundUpToPowerOf2((uint)capacity * 2)];
    }

    public int Count => _count;

    /// <summary>The id of <paramref name="word"/>, added as the next id when it is new.</summary>
    public int IdOf(ReadOnlySpan<char> word)
    {
        var hash = HashOf(word);
        var mask = _slots.Length - 1;
        for (var slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            var id = _slots[slot] - 1;
            if (id < 0)
            {
                id = Add(word, hash);
                _slots[slot] = id + 1;
                if (_count * 2 > _slots.Length)
                {
                    GrowSlots();
                }

                return id;
            }

            if (_hashes[id] == hash && WordAt(id).SequenceEqual(word))
            {
                return id;
            }
        }
    }

    /// <summary>
    /// The ids in the ordinal order of their words (as <see cref="StringComparer.Ordinal"/> sorts them): the words'
    /// first characters packed into integers and sorted as such, ties broken by the next characters, and so on.
    /// </summary>
    public int[] OrdinalOrder()
    {
        var order = new int[_count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        SortByCharsFrom(order, new ulong[_count], 0, _count, 0);
        return order;
    }

    /// <summary>The words' characters one after another in <paramref name="order"/>, and where each begins.</summary>
    public (char[] Chars, int[] Starts) CharsInOrder(int[] order)
    {
        var chars = new char[_charCount];
        var starts = new int[order.Length + 1];
        var at = 0;
        for (var i = 0; i < order.Length; i++)
        {
            starts[i] = at;
            var word = WordAt(order[i]);
            word.CopyTo(chars.AsSpan(at));
            at += word.Length;
        }

        starts[^1] = at;
        return (chars, starts);
    }

    private ReadOnlySpan<char> WordAt(int id) => _chars.AsSpan(_starts[id], _starts[id + 1] - _starts[id]);

    /// <summary>
    /// Sorts order[from..to), whose words agree on their first <paramref name="offset"/> characters, by the rest.
    /// Words never hold '\0' (it ends a word when folding), so a word that ends is padded with it and sorts first, as
    /// ordinal comparison puts a prefix before the longer word; two distinct words always differ within their length,
    /// so a run of equal keys means words that go on, and each level reads the next characters.
    /// </summary>
    private void SortByCharsFrom(int[] order, ulong[] keys, int from, int to, int offset)
    {
        for (var i = from; i < to; i++)
        {
            keys[i] = KeyOf(WordAt(order[i]), offset);
        }

        keys.AsSpan(from, to - from).Sort(order.AsSpan(from, to - from));
        var runStart = from;
        while (runStart < to)
        {
            var runEnd = runStart + 1;
            while (runEnd < to && keys[runEnd] == keys[runStart])
            {
                runEnd++;
            }

            if (runEnd - runStart > 1)
            {
                SortByCharsFrom(order, keys, runStart, runEnd, offset + CharsPerKey);
            }

            runStart = runEnd;
        }
    }

    // FNV-1a over the characters, then mixed (murmur's finalizer) so that words differing only in their last digit
    // spread over the slots. Words come from the seed's own tables, not from requests, so the randomized string hash
    // is not needed; this short loop cost less per word than it in scale-17's measures.
    private static int HashOf(ReadOnlySpan<char> word)
    {
        var hash = 2166136261u;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 16777619u;
        }

        hash ^= hash >> 16;
        hash *= 0x85EBCA6Bu;
        hash ^= hash >> 13;
        return (int)(hash & int.MaxValue);
    }

    private static ulong KeyOf(ReadOnlySpan<char> word, int offset)
    {
        ulong key = 0;
        for (var i = offset; i < offset + CharsPerKey; i++)
        {
            key = (key << 16) | (i < word.Length ? word[i] : 0u);
        }

        return key;
    }

    private int Add(ReadOnlySpan<char> word, int hash)
    {
        if (_count + 1 >= _starts.Length)
        {
            Array.Resize(ref _starts, _starts.Length * 2);
            Array.Resize(ref _hashes, _starts.Length - 1);
        }

        if (_charCount + word.Length > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _charCount + word.Length));
        }

        word.CopyTo(_chars.AsSpan(_charCount));
        _charCount += word.Length;
        var id = _count++;
        _hashes[id] = hash;
        _starts[_count] = _charCount;
        return id;
    }

    private void GrowSlots()
    {
        var slots = new int[_slots.Length * 2];
        var mask = slots.Length - 1;
        for (var id = 0; id < _count; id++)
        {
            var slot = _hashes[id] & mask;
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = id + 1;
        }

        _slots = slots;
    }
}
