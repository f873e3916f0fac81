using System.Buffers.Binary;
using System.Text;

namespace SafeBrowse.Host.Tests.Support;

/// <summary>stdout as the browser reads it: each frame's body as it is written, with a way to wait for the n-th.</summary>
internal sealed class ObservedOutput : Stream
{
    private readonly Lock gate = new();
    private readonly List<string> frames = [];
    private readonly List<(int Count, TaskCompletionSource Reached)> waiters = [];

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public IReadOnlyList<string> Frames
    {
        get
        {
            lock (gate)
            {
                return [.. frames];
            }
        }
    }

    /// <summary>Completes once <paramref name="count"/> frames have been written.</summary>
    public Task WhenWrittenAsync(int count)
    {
        lock (gate)
        {
            if (frames.Count >= count)
            {
                return Task.CompletedTask;
            }

            var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            waiters.Add((count, reached));
            return reached.Task;
        }
    }

    // The host's writer hands over one whole frame per write.
    public override void Write(byte[] buffer, int offset, int count)
    {
        var length = (int)BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(offset, 4));
        var body = Encoding.UTF8.GetString(buffer, offset + 4, length);
        lock (gate)
        {
            frames.Add(body);
            foreach (var waiter in waiters.Where(waiter => waiter.Count <= frames.Count).ToList())
            {
                waiter.Reached.TrySetResult();
                waiters.Remove(waiter);
            }
        }
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
