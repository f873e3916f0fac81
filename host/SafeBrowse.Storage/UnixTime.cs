namespace SafeBrowse.Storage;

/// <summary>Times are stored as INTEGER unix milliseconds UTC so they sort, compare and survive any locale.</summary>
internal static class UnixTime
{
    public static long ToMilliseconds(DateTimeOffset time) => time.ToUnixTimeMilliseconds();

    public static long ToMilliseconds(DateOnly day) =>
        new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeMilliseconds();

    public static DateTimeOffset FromMilliseconds(long milliseconds) => DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);

    public static DateTimeOffset? FromMilliseconds(long? milliseconds) =>
        milliseconds is { } value ? FromMilliseconds(value) : null;
}
