using System.Buffers.Binary;

namespace SafeBrowse.Host.Messaging;

/// <summary>Reads length-prefixed frames; survives partial reads and skips oversized bodies without buffering them.</summary>
internal sealed class NativeMessageReader(Stream input, int maxFrameBytes = FrameLimits.MaxInboundBytes)
{
    private const int SkipBufferBytes = 64 * 1024;

    /// <returns>The next frame, or null when the stream ended cleanly between frames.</returns>
    /// <exception cref="EndOfStreamException">The stream ended inside a frame.</exception>
    public async Task<InboundFrame?> ReadAsync(CancellationToken cancellationToken)
    {
        var header = new byte[FrameLimits.HeaderLength];
        var headerRead = await input.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, cancellationToken);
        if (headerRead == 0)
        {
            return null;
        }

        if (headerRead < header.Length)
        {
            throw new EndOfStreamException($"The stream ended after {headerRead} of {header.Length} header bytes.");
        }

        long length = BinaryPrimitives.ReadUInt32LittleEndian(header);
        if (length > maxFrameBytes)
        {
            await SkipAsync(length, cancellationToken);
            return InboundFrame.Oversized(length);
        }

        var body = new byte[length];
        await input.ReadExactlyAsync(body, cancellationToken);
        return new InboundFrame(body, length);
    }

    private async Task SkipAsync(long length, CancellationToken cancellationToken)
    {
        var buffer = new byte[(int)Math.Min(SkipBufferBytes, length)];
        var remaining = length;
        while (remaining > 0)
        {
            var chunk = (int)Math.Min(buffer.Length, remaining);
            var read = await input.ReadAsync(buffer.AsMemory(0, chunk), cancellationToken);
            if (read == 0)
            {
                throw new EndOfStreamException($"The stream ended with {remaining} bytes of an oversized frame unread.");
            }

            remaining -= read;
        }
    }
}
