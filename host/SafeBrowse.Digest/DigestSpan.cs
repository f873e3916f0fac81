namespace SafeBrowse.Digest;

/// <summary>A stretch of time, start included and end excluded.</summary>
public sealed record DigestSpan(DateTimeOffset Start, DateTimeOffset End)
{
    public TimeSpan Length => End - Start;
}
