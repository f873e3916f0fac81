using System.Buffers;
using System.IO.Pipelines;

namespace SafeBrowse.Host.Scanning;

/// <summary>
/// Hands out lines of a stream one at a time without ever holding more than one line: a line longer than the cap is
/// skipped as it streams past and reported as too long, so one bad line cannot exhaust memory.
/// </summary>
internal sealed class BoundedLineReader(Stream input, int maxLineBytes)
{
    /// <param name="onLine">Called with the 1-based line number and its bytes (without the newline); the bytes are only valid during the call.</param>
    /// <param name="onTooLong">Called with the line number and how many bytes it had.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    public async Task ReadAsync(LineHandler onLine, Action<long, long> onTooLong, CancellationToken cancellationToken)
    {
        var reader = PipeReader.Create(input, new StreamPipeReaderOptions(bufferSize: 64 * 1024, leaveOpen: true));
        long lineNumber = 0;
        long skippedBytes = -1;
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken);
            var buffer = result.Buffer;
            while (TryTakeLine(ref buffer, out var line))
            {
                lineNumber++;
                if (skippedBytes >= 0)
                {
                    onTooLong(lineNumber, skippedBytes + line.Length);
                    skippedBytes = -1;
                }
                else
                {
                    onLine(lineNumber, line);
                }
            }

            if (result.IsCompleted)
            {
                if (skippedBytes >= 0)
                {
                    onTooLong(lineNumber + 1, skippedBytes + buffer.Length);
                }
                else if (!buffer.IsEmpty)
                {
                    onLine(lineNumber + 1, buffer);
                }

                await reader.CompleteAsync();
                return;
            }

            if (skippedBytes >= 0 || buffer.Length > maxLineBytes)
            {
                skippedBytes = Math.Max(skippedBytes, 0) + buffer.Length;
                reader.AdvanceTo(buffer.End);
            }
            else
            {
                reader.AdvanceTo(buffer.Start, buffer.End);
            }
        }
    }

    private static bool TryTakeLine(ref ReadOnlySequence<byte> buffer, out ReadOnlySequence<byte> line)
    {
        if (buffer.PositionOf((byte)'\n') is not { } newline)
        {
            line = default;
            return false;
        }

        line = buffer.Slice(0, newline);
        if (!line.IsEmpty && line.Slice(line.Length - 1).FirstSpan[0] == (byte)'\r')
        {
            line = line.Slice(0, line.Length - 1);
        }

        buffer = buffer.Slice(buffer.GetPosition(1, newline));
        return true;
    }
}
