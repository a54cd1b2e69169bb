namespace RelationsGraph.Api.Http;

/// <summary>
/// A write-only memory stream that refuses to grow past a limit and stops when its token is cancelled, so that an
/// answer is serialised completely (and then sent) or not at all: never a truncated body.
/// </summary>
internal sealed class CappedBuffer(int limit, CancellationToken cancellationToken) : Stream
{
    private readonly MemoryStream _buffer = new();

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => _buffer.Length;

    public override long Position
    {
        get => _buffer.Position;
        set => throw new NotSupportedException();
    }

    public ArraySegment<byte> Written => new(_buffer.GetBuffer(), 0, (int)_buffer.Length);

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (_buffer.Length + buffer.Length > limit)
        {
            throw new ResponseTooLargeException(limit);
        }

        _buffer.Write(buffer);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken token)
    {
        Write(buffer.AsSpan(offset, count));
        return Task.CompletedTask;
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken token = default)
    {
        Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override void Flush()
    {
    }

    public override Task FlushAsync(CancellationToken token) => Task.CompletedTask;

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _buffer.Dispose();
        }

        base.Dispose(disposing);
    }
}

/// <summary>An answer grew past the response size limit while it was serialised.</summary>
internal sealed class ResponseTooLargeException(int limit) : Exception($"The answer is larger than {limit} bytes.")
{
    public int Limit { get; } = limit;
}
