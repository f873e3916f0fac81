namespace SafeBrowse.Host.Messaging;

/// <summary>One frame read from the browser: its body, or only its declared length when it was over the cap.</summary>
internal sealed record InboundFrame(ReadOnlyMemory<byte> Body, long DeclaredLength)
{
    public bool IsOversized => Body.IsEmpty && DeclaredLength > 0;

    public static InboundFrame Oversized(long declaredLength) => new(ReadOnlyMemory<byte>.Empty, declaredLength);
}
