using System.Buffers.Binary;
using System.Text;

namespace SafeBrowse.Host.Tests.Support;

internal static class Frames
{
    public static byte[] Of(string json) => Of(Encoding.UTF8.GetBytes(json));

    public static byte[] Of(byte[] body)
    {
        var frame = new byte[4 + body.Length];
        BinaryPrimitives.WriteUInt32LittleEndian(frame, (uint)body.Length);
        body.CopyTo(frame, 4);
        return frame;
    }

    public static byte[] Concat(params byte[][] frames) => [.. frames.SelectMany(frame => frame)];

    public static IReadOnlyList<string> Split(byte[] stream)
    {
        var bodies = new List<string>();
        var offset = 0;
        while (offset < stream.Length)
        {
            var length = (int)BinaryPrimitives.ReadUInt32LittleEndian(stream.AsSpan(offset));
            bodies.Add(Encoding.UTF8.GetString(stream, offset + 4, length));
            offset += 4 + length;
        }

        return bodies;
    }
}
