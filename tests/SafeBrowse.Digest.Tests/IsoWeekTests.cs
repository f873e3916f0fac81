namespace SafeBrowse.Digest.Tests;

[TestClass]
public sealed class IsoWeekTests
{
    [TestMethod]
    [DataRow("2026-W48", 2026, 48)]
    [DataRow("2026-W01", 2026, 1)]
    [DataRow("2026-W53", 2026, 53)]
    [DataRow("2020-W53", 2020, 53)]
    public void TryParse_ProtocolText_ReadsYearAndWeek(string text, int year, int week)
    {
        Assert.IsTrue(IsoWeek.TryParse(text, out var parsed));

        Assert.AreEqual(new IsoWeek(year, week), parsed);
        Assert.AreEqual(text, parsed.ToString());
    }

    [TestMethod]
    [DataRow("2025-W53")]
    [DataRow("2026-W54")]
    [DataRow("2026-W00")]
    [DataRow("2026-w48")]
    [DataRow("2026-48")]
    [DataRow("2026-W4")]
    [DataRow("2026W48")]
    [DataRow(" 2026-W48")]
    [DataRow("0000-W01")]
    [DataRow("2026-W4a")]
    [DataRow("٢٠٢٦-W48")]
    [DataRow("")]
    [DataRow(null)]
    public void TryParse_NotAWeekTheYearHas_Refused(string? text)
    {
        Assert.IsFalse(IsoWeek.TryParse(text, out var parsed));
        Assert.AreEqual(default, parsed);
    }

    [TestMethod]
    public void Constructor_WeekTheYearDoesNotHave_Throws()
    {
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => new IsoWeek(2025, 53));
    }

    [TestMethod]
    public void StartIn_FirstWeekOf2025_IsMonday30December2024()
    {
        var start = new IsoWeek(2025, 1).StartIn(Sample.Bogota);

        Assert.AreEqual(new DateTimeOffset(2024, 12, 30, 0, 0, 0, TimeSpan.FromHours(-5)), start);
        Assert.AreEqual(TimeSpan.FromHours(-5), start.Offset);
    }

    [TestMethod]
    public void NextAndPrevious_AcrossA53WeekYear_StepThroughWeek53()
    {
        var last = new IsoWeek(2026, 53);

        Assert.AreEqual(new IsoWeek(2027, 1), last.Next());
        Assert.AreEqual(last, new IsoWeek(2027, 1).Previous());
        Assert.AreEqual(new IsoWeek(2025, 52), new IsoWeek(2026, 1).Previous());
        Assert.AreEqual(new DateTimeOffset(2027, 1, 4, 0, 0, 0, TimeSpan.FromHours(-5)), last.EndIn(Sample.Bogota));
    }

    [TestMethod]
    [DataRow(2025, 12, 28, 2025, 52)]
    [DataRow(2025, 12, 29, 2026, 1)]
    [DataRow(2027, 1, 3, 2026, 53)]
    [DataRow(2027, 1, 4, 2027, 1)]
    public void Containing_DatesAroundNewYear_BelongToTheIsoYear(int year, int month, int day, int isoYear, int isoWeek)
    {
        var noon = new DateTimeOffset(year, month, day, 12, 0, 0, TimeSpan.FromHours(-5));

        Assert.AreEqual(new IsoWeek(isoYear, isoWeek), IsoWeek.Containing(noon, Sample.Bogota));
    }

    [TestMethod]
    public void Containing_SundayNightInBogotaIsMondayInUtc_UsesTheFamilyZone()
    {
        var sundayNightInBogota = new DateTimeOffset(2026, 11, 30, 3, 0, 0, TimeSpan.Zero);

        Assert.AreEqual(new IsoWeek(2026, 48), IsoWeek.Containing(sundayNightInBogota, Sample.Bogota));
        Assert.AreEqual(new IsoWeek(2026, 49), IsoWeek.Containing(sundayNightInBogota, TimeZoneInfo.Utc));
    }

    [TestMethod]
    public void EndIn_WeekWhereMadridSpringsForward_Is167HoursLong()
    {
        var week = new IsoWeek(2026, 13);

        Assert.AreEqual(TimeSpan.FromHours(167), week.EndIn(Sample.Madrid) - week.StartIn(Sample.Madrid));
        Assert.AreEqual(TimeSpan.FromHours(2), week.EndIn(Sample.Madrid).Offset);
    }

    [TestMethod]
    public void EndIn_WeekWhereMadridFallsBack_Is169HoursLong()
    {
        var week = new IsoWeek(2026, 43);

        Assert.AreEqual(TimeSpan.FromHours(169), week.EndIn(Sample.Madrid) - week.StartIn(Sample.Madrid));
    }

    [TestMethod]
    public void StartIn_ClockSkipsMondayMidnight_StartsWhenTheClockJumps()
    {
        var zone = MondayMidnightClockChanges();
        var week = new IsoWeek(2026, 14);

        var start = week.StartIn(zone);

        Assert.AreEqual(new DateTimeOffset(2026, 3, 30, 4, 0, 0, TimeSpan.Zero), start);
        Assert.AreEqual(new DateTime(2026, 3, 30, 1, 0, 0), start.DateTime);
        Assert.AreEqual(start, week.Previous().EndIn(zone));
    }

    [TestMethod]
    public void StartIn_MondayMidnightHappensTwice_StartsAtTheFirst()
    {
        var zone = MondayMidnightClockChanges();
        var week = new IsoWeek(2026, 44);

        Assert.AreEqual(new DateTimeOffset(2026, 10, 26, 3, 0, 0, TimeSpan.Zero), week.StartIn(zone));
        Assert.AreEqual(TimeSpan.FromHours(169), week.EndIn(zone) - week.StartIn(zone));
    }

    [TestMethod]
    public void Containing_EveryHourOfAYear_FallsInTheWeekWhoseBoundsHoldIt()
    {
        for (var instant = new DateTimeOffset(2026, 1, 1, 0, 30, 0, TimeSpan.Zero); instant.Year == 2026; instant = instant.AddHours(1))
        {
            var week = IsoWeek.Containing(instant, Sample.Madrid);

            Assert.IsTrue(week.StartIn(Sample.Madrid) <= instant && instant < week.EndIn(Sample.Madrid), instant.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    // Standard time UTC-4. Daylight time starts on the last Monday of March at 00:00, so that midnight never happens,
    // and ends on the last Monday of October at 01:00, so that midnight happens twice.
    private static TimeZoneInfo MondayMidnightClockChanges()
    {
        var rule = TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(
            DateTime.MinValue.Date,
            DateTime.MaxValue.Date,
            TimeSpan.FromHours(1),
            TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 0, 0, 0), 3, 5, DayOfWeek.Monday),
            TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 1, 0, 0), 10, 5, DayOfWeek.Monday));
        return TimeZoneInfo.CreateCustomTimeZone("Test/MondayMidnight", TimeSpan.FromHours(-4), "Monday midnight", "Standard", "Daylight", [rule]);
    }
}
