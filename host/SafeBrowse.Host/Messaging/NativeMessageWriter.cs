using System.Buffers.Binary;

namespace SafeBrowse.Host.Messaging;

/// <summary>Writes whole frames one at a time, so concurrent replies never interleave on stdout.</summary>
internal sealed class NativeMessageWriter(Stream output, int maxFrameBytes = FrameLimits.MaxOutboundBytes) : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly TaskCompletionSource firstFrame = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int MaxFrameBytes => maxFrameBytes;

    /// <summary>Completes once the first frame is out, so work the first reply need not wait for can start after it.</summary>
    public Task FirstFrameWritten => firstFrame.Task;

    /// <exception cref="FrameTooLargeException">The body is over the outbound limit; nothing was written.</exception>
    public async Task WriteAsync(ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        if (body.Length > maxFrameBytes)
        {
            throw new FrameTooLargeException(body.Length, maxFrameBytes);
        }

        var frame = new byte[FrameLimits.HeaderLength + body.Length];
        BinaryPrimitives.WriteUInt32LittleEndian(frame, (uint)body.Length);
        body.CopyTo(frame.AsMemory(FrameLimits.HeaderLength));

        await gate.WaitAsync(cancellationToken);
        try
        {
            await output.WriteAsync(frame, cancellationToken);
            await output.FlushAsync(cancellationToken);
        }
        finally
        {
            gate.Release();
        }

        firstFrame.TrySetResult();
    }

    public void Dispose() => gate.Dispose();
}
