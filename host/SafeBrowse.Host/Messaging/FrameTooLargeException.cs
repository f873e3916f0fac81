namespace SafeBrowse.Host.Messaging;

internal sealed class FrameTooLargeException(int length, int limit)
    : Exception($"A frame of {length} bytes is over the limit of {limit} bytes.")
{
    public int Length { get; } = length;
}
