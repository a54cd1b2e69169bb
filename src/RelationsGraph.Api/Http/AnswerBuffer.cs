using System.Buffers;

namespace RelationsGraph.Api.Http;

/// <summary>
/// Where an answer is serialised before it is sent: pooled memory that grows as the JSON writer asks for it, refuses
/// to hold more than a limit and stops when its token is cancelled, so that an answer is sent whole within the limit
/// (with its Content-Length) or not at all: never a truncated body. Writing into it is direct (no stream, no copy
/// when it grows but the one of the doubling), and the memory goes back to the pool once the answer is sent.
/// </summary>
internal sealed class AnswerBuffer(int limit, CancellationToken cancellationToken, int initialSize = 4096) : IBufferWriter<byte>, IDisposable
{
    // Rented when the first byte is written: an answer that is sent from elsewhere never takes memory from the pool.
    private byte[] _buffer = [];
    private int _written;

    public ReadOnlyMemory<byte> Written => _buffer.AsMemory(0, _written);

    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        _written += count;
        if (_written > limit)
        {
            throw new ResponseTooLargeException(limit);
        }
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _buffer.AsMemory(_written);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _buffer.AsSpan(_written);
    }

    /// <summary>Adds <paramref name="bytes"/> after what is written, within the limit.</summary>
    public void Write(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(GetSpan(bytes.Length));
        Advance(bytes.Length);
    }

    /// <summary>Makes room for <paramref name="bytes"/> more at once, when the caller knows how much is coming.</summary>
    public void EnsureCapacity(int bytes) => Reserve(bytes);

    public void Dispose()
    {
        var buffer = Interlocked.Exchange(ref _buffer, []);
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private void Reserve(int sizeHint)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var needed = Math.Max(sizeHint, 1);
        if (_buffer.Length - _written >= needed)
        {
            return;
        }

        if (_written >= limit)
        {
            throw new ResponseTooLargeException(limit);
        }

        if (_buffer.Length == 0)
        {
            _buffer = ArrayPool<byte>.Shared.Rent(Math.Max(initialSize, needed));
            return;
        }

        var grown = ArrayPool<byte>.Shared.Rent((int)Math.Min(Array.MaxLength, Math.Max((long)_written + needed, (long)_buffer.Length * 2)));
        _buffer.AsSpan(0, _written).CopyTo(grown);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = grown;
    }
}

/// <summary>An answer grew past the response size limit while it was serialised.</summary>
internal sealed class ResponseTooLargeException(int limit) : Exception($"The answer is larger than {limit} bytes.")
{
    public int Limit { get; } = limit;
}
