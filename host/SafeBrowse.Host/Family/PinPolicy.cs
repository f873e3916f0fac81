namespace SafeBrowse.Host.Family;

/// <summary>What a PIN must be, and how long a wrong guess makes the next one wait.</summary>
internal static class PinPolicy
{
    public const int MinLength = 6;
    public const int MaxLength = 64;
    public const int FreeTries = 3;

    private static readonly TimeSpan FirstDelay = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan LongestDelay = TimeSpan.FromHours(1);

    public static bool IsAcceptable(string pin) => pin.Length is >= MinLength and <= MaxLength;

    /// <summary>0 for the first three wrong tries in a row, then 30 s, 60 s, 2 min, … up to an hour.</summary>
    public static TimeSpan DelayAfter(int consecutiveFailures)
    {
        if (consecutiveFailures < FreeTries)
        {
            return TimeSpan.Zero;
        }

        var doublings = Math.Min(consecutiveFailures - FreeTries, 16);
        var delay = FirstDelay * Math.Pow(2, doublings);
        return delay < LongestDelay ? delay : LongestDelay;
    }
}
