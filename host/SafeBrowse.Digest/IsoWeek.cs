using System.Globalization;

namespace SafeBrowse.Digest;

/// <summary>
/// An ISO 8601 week ("2026-W48"): Monday to Sunday, week 1 holding the year's first Thursday. Digests are filed by
/// it, and the family's time zone decides which instants fall in it.
/// </summary>
public readonly record struct IsoWeek(int Year, int Week)
{
    private const int TextLength = 8;

    public int Year { get; } = Year is >= 1 and <= 9999
        ? Year
        : throw new ArgumentOutOfRangeException(nameof(Year), Year, "An ISO year is 1 to 9999.");

    public int Week { get; } = Week >= 1 && Year is >= 1 and <= 9999 && Week <= ISOWeek.GetWeeksInYear(Year)
        ? Week
        : throw new ArgumentOutOfRangeException(nameof(Week), Week, "The week does not exist in that ISO year.");

    /// <summary>Reads "YYYY-Www" exactly, as the protocol sends it; a week the year does not have (2025-W53) is refused.</summary>
    public static bool TryParse(string? text, out IsoWeek week)
    {
        week = default;
        if (text is null || text.Length != TextLength || text[4] != '-' || text[5] != 'W'
            || !TryDigits(text.AsSpan(0, 4), out var year) || !TryDigits(text.AsSpan(6, 2), out var number)
            || year < 1 || number < 1 || number > ISOWeek.GetWeeksInYear(year))
        {
            return false;
        }

        week = new IsoWeek(year, number);
        return true;
    }

    /// <summary>The week <paramref name="instant"/> falls in, on the family's calendar.</summary>
    public static IsoWeek Containing(DateTimeOffset instant, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = TimeZoneInfo.ConvertTime(instant, zone).DateTime;
        return new IsoWeek(ISOWeek.GetYear(local), ISOWeek.GetWeekOfYear(local));
    }

    /// <summary>Monday 00:00 in <paramref name="zone"/>, or the first instant of that Monday when a clock change skips midnight.</summary>
    public DateTimeOffset StartIn(TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return LocalMidnight(ISOWeek.ToDateTime(Year, Week, DayOfWeek.Monday), zone);
    }

    /// <summary>The next week's start, so consecutive weeks tile time with no hole and no overlap.</summary>
    public DateTimeOffset EndIn(TimeZoneInfo zone) => Next().StartIn(zone);

    public IsoWeek Previous() => Week > 1 ? new IsoWeek(Year, Week - 1) : new IsoWeek(Year - 1, ISOWeek.GetWeeksInYear(Year - 1));

    public IsoWeek Next() => Week < ISOWeek.GetWeeksInYear(Year) ? new IsoWeek(Year, Week + 1) : new IsoWeek(Year + 1, 1);

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-W{Week:D2}");

    /// <summary>
    /// Local midnight of <paramref name="date"/> as an instant. Where a clock change skips midnight (America/Santiago
    /// springs from 00:00 to 01:00) the day starts when the clock jumps; where midnight happens twice, at its first time.
    /// </summary>
    private static DateTimeOffset LocalMidnight(DateTime date, TimeZoneInfo zone)
    {
        var midnight = DateTime.SpecifyKind(date.Date, DateTimeKind.Unspecified);

        // For a skipped midnight GetUtcOffset gives the standard offset, the one in force until the clock jumped.
        var offset = zone.IsAmbiguousTime(midnight) ? zone.GetAmbiguousTimeOffsets(midnight).Max() : zone.GetUtcOffset(midnight);
        var utc = new DateTimeOffset(DateTime.SpecifyKind(midnight - offset, DateTimeKind.Utc));
        return TimeZoneInfo.ConvertTime(utc, zone);
    }

    private static bool TryDigits(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        foreach (var digit in digits)
        {
            if (!char.IsAsciiDigit(digit))
            {
                return false;
            }

            value = (value * 10) + (digit - '0');
        }

        return true;
    }
}
