namespace SafeBrowse.Digest.Tests;

[TestClass]
public sealed class DigestDatesTests
{
    private static readonly DateTimeOffset Afternoon = new(2026, 11, 23, 20, 5, 0, TimeSpan.Zero);

    [TestMethod]
    [DataRow("es", "lunes 23 de noviembre, 3:05 p. m.")]
    [DataRow("en", "Monday, November 23 at 3:05 PM")]
    public void DateTime_InBogota_WordsOfTheLanguage(string language, string expected)
    {
        Assert.AreEqual(expected, new DigestDates(Sample.Texts(language), Sample.Bogota).DateTime(Afternoon));
    }

    [TestMethod]
    public void DateTime_InMadrid_ConvertedToTheFamilyZone()
    {
        Assert.AreEqual("lunes 23 de noviembre, 9:05 p. m.", new DigestDates(Sample.Texts("es"), Sample.Madrid).DateTime(Afternoon));
    }

    [TestMethod]
    public void Time_DaylightSavingInMadrid_UsesTheSummerOffset()
    {
        var july = new DateTimeOffset(2026, 7, 1, 10, 0, 0, TimeSpan.Zero);

        Assert.AreEqual("12:00 PM", new DigestDates(Sample.Texts("en"), Sample.Madrid).Time(july));
    }

    [TestMethod]
    [DataRow(0, "12:00 a. m.")]
    [DataRow(12, "12:00 p. m.")]
    [DataRow(23, "11:00 p. m.")]
    public void Time_AroundMiddayAndMidnight_TwelveHourClock(int hour, string expected)
    {
        var instant = new DateTimeOffset(2026, 11, 23, hour, 0, 0, TimeSpan.FromHours(-5));

        Assert.AreEqual(expected, new DigestDates(Sample.Texts("es"), Sample.Bogota).Time(instant));
    }

    [TestMethod]
    [DataRow("es", "del 29 de diciembre al 4 de enero de 2026")]
    [DataRow("en", "December 29 – January 4, 2026")]
    public void WeekRange_WeekAcrossNewYear_YearOfItsSunday(string language, string expected)
    {
        Assert.AreEqual(expected, new DigestDates(Sample.Texts(language), Sample.Bogota).WeekRange(new IsoWeek(2026, 1)));
    }

    [TestMethod]
    [DataRow(75.0, "1 h 15 min")]
    [DataRow(60.0, "1 h")]
    [DataRow(14.6, "15 min")]
    [DataRow(3000.0, "50 h")]
    public void Duration_Minutes_HoursAndMinutes(double minutes, string expected)
    {
        Assert.AreEqual(expected, new DigestDates(Sample.Texts("en"), Sample.Bogota).Duration(TimeSpan.FromMinutes(minutes)));
    }
}
