using System.Globalization;
using System.Text;
using SafeBrowse.Host.Messaging;

namespace SafeBrowse.Host.Tests.Fuzz;

/// <summary>
/// One frame to send and how it was made. A body over the cap is only declared: its bytes are streamed lazily and
/// never held, so a 4 GiB frame costs nothing.
/// </summary>
internal sealed record FuzzCase(string Shape, byte[] Body, long DeclaredLength)
{
    private const int PreviewBytes = 160;

    public bool IsOversized => DeclaredLength > FrameLimits.MaxInboundBytes;

    /// <summary>The request's <c>type</c> as generated, for replies that must echo it.</summary>
    public string? RequestType { get; init; }

    /// <summary>The words planted in this frame's fields, if any.</summary>
    public Canaries? Canaries { get; init; }

    public static FuzzCase Of(string shape, byte[] body, string? requestType = null) =>
        new(shape, body, body.Length) { RequestType = requestType };

    public static FuzzCase Declared(string shape, long declaredLength) => new(shape, [], declaredLength);

    public string Describe() => IsOversized
        ? $"{Shape}; declared {DeclaredLength} bytes"
        : $"{Shape}; {Body.Length} bytes: {Preview(Body)}";

    private static string Preview(byte[] body)
    {
        var text = new StringBuilder();
        foreach (var value in body.AsSpan(0, Math.Min(body.Length, PreviewBytes)))
        {
            if (value is >= 0x20 and < 0x7F)
            {
                text.Append((char)value);
            }
            else
            {
                text.Append(CultureInfo.InvariantCulture, $"\\x{value:X2}");
            }
        }

        return body.Length > PreviewBytes ? text.Append('…').ToString() : text.ToString();
    }
}
