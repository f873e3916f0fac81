using System.Buffers.Binary;
using SafeBrowse.Host.Messaging;

namespace SafeBrowse.Host.Tests.Fuzz;

/// <summary>
/// stdin as a browser fills it: frames one after another, handed out in pieces of random size, with bodies over the
/// cap streamed without ever existing in memory. Records the largest read the host asked for.
/// </summary>
internal sealed class FrameSource(Random? pieces = null) : Stream
{
    private readonly Queue<(byte[]? Bytes, long Length)> segments = new();
    private long offset;

    /// <summary>The largest buffer the reader offered in one read: what it was ready to hold at once.</summary>
    public int LargestRead { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <summary>Adds a whole frame: its header, then its body (or, for a declared-only body, that many unseen bytes).</summary>
    public FrameSource Add(FuzzCase frame)
    {
        Header(frame.DeclaredLength);
        if (frame.Body.Length > 0)
        {
            segments.Enqueue((frame.Body, frame.Body.Length));
        }
        else if (frame.DeclaredLength > 0)
        {
            segments.Enqueue((null, frame.DeclaredLength));
        }

        return this;
    }

    public FrameSource Header(long declaredLength)
    {
        var header = new byte[FrameLimits.HeaderLength];
        BinaryPrimitives.WriteUInt32LittleEndian(header, checked((uint)declaredLength));
        return Bytes(header);
    }

    public FrameSource Bytes(byte[] bytes)
    {
        segments.Enqueue((bytes, bytes.Length));
        return this;
    }

    /// <summary>Bytes the reader must skip and never look at, so they are never written.</summary>
    public FrameSource Unseen(long length)
    {
        segments.Enqueue((null, length));
        return this;
    }

    public override int Read(Span<byte> buffer)
    {
        LargestRead = Math.Max(LargestRead, buffer.Length);
        while (segments.TryPeek(out var segment) && offset == segment.Length)
        {
            segments.Dequeue();
            offset = 0;
        }

        if (buffer.IsEmpty || !segments.TryPeek(out var current))
        {
            return 0;
        }

        var count = (int)Math.Min(buffer.Length, current.Length - offset);
        if (pieces is not null)
        {
            count = pieces.Next(1, count + 1);
        }

        current.Bytes?.AsSpan((int)offset, count).CopyTo(buffer);
        offset += count;
        return count;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
