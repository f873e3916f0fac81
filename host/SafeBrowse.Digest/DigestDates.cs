using System.Globalization;

namespace SafeBrowse.Digest;

/// <summary>
/// Dates, times and durations in the family's zone and words. The host runs with invariant globalization, so there
/// is no "es" culture to ask: the names and patterns come from the text resources.
/// </summary>
internal sealed class DigestDates(DigestTexts texts, TimeZoneInfo zone)
{
    public DateTime Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, zone).DateTime;

    /// <summary>0 for Monday to 6 for Sunday, in the family's zone.</summary>
    public int DayIndex(DateTimeOffset instant) => DayIndex(Local(instant).DayOfWeek);

    public string WeekdayName(int dayIndex) => texts.Plain(Invariant($"weekday.{dayIndex + 1}"));

    public string ShortWeekdayName(int dayIndex) => texts.Plain(Invariant($"weekday.short.{dayIndex + 1}"));

    public string Date(DateTimeOffset instant) => Date(Local(instant));

    public string Time(DateTimeOffset instant)
    {
        var local = Local(instant);
        var hour12 = local.Hour % 12 == 0 ? 12 : local.Hour % 12;
        return texts.Plain(
            "format.time",
            ("hour12", Invariant($"{hour12}")),
            ("minute", Invariant($"{local.Minute:D2}")),
            ("ampm", texts.Plain(local.Hour < 12 ? "time.am" : "time.pm")));
    }

    public string DateTime(DateTimeOffset instant) =>
        texts.Plain("format.date_time", ("date", Date(instant)), ("time", Time(instant)));

    /// <summary>Monday to Sunday of <paramref name="week"/>, with the year once.</summary>
    public string WeekRange(IsoWeek week)
    {
        var monday = ISOWeek.ToDateTime(week.Year, week.Week, DayOfWeek.Monday);
        var sunday = monday.AddDays(6);
        return texts.Plain(
            "format.week_range",
            ("start", texts.Plain("format.day_month", ("day", Invariant($"{monday.Day}")), ("month", MonthName(monday)))),
            ("end", texts.Plain(
                "format.day_month_year",
                ("day", Invariant($"{sunday.Day}")),
                ("month", MonthName(sunday)),
                ("year", Invariant($"{sunday.Year}")))));
    }

    /// <summary>Whole minutes, rounded: "2 h 5 min", "3 h", "40 min".</summary>
    public string Duration(TimeSpan length)
    {
        var totalMinutes = (long)Math.Round(Math.Max(0, length.TotalMinutes), MidpointRounding.AwayFromZero);
        var hours = totalMinutes / 60;
        var minutes = totalMinutes % 60;
        if (hours == 0)
        {
            return texts.Plain("format.duration.minutes", ("minutes", Invariant($"{minutes}")));
        }

        return minutes == 0
            ? texts.Plain("format.duration.hours", ("hours", Invariant($"{hours}")))
            : texts.Plain("format.duration.hours_minutes", ("hours", Invariant($"{hours}")), ("minutes", Invariant($"{minutes}")));
    }

    /// <summary>Whether a span starts and ends on one local date; one that ends at midnight names both days, which reads clearer.</summary>
    public bool IsWithinOneDay(DigestSpan span) => Local(span.Start).Date == Local(span.End).Date;

    internal static int DayIndex(DayOfWeek day) => ((int)day + 6) % 7;

    private string Date(DateTime local) =>
        texts.Plain(
            "format.date",
            ("weekday", WeekdayName(DayIndex(local.DayOfWeek))),
            ("day", Invariant($"{local.Day}")),
            ("month", MonthName(local)));

    private string MonthName(DateTime date) => texts.Plain(Invariant($"month.{date.Month}"));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
