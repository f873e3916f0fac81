namespace SafeBrowse.Digest.Tests;

[TestClass]
public sealed class ActivityGapsTests
{
    private static readonly DateTimeOffset From = new(2026, 11, 23, 0, 0, 0, TimeSpan.FromHours(-5));
    private static readonly TimeSpan Minimum = TimeSpan.FromMinutes(15);

    private static DigestSpan Span(double fromHour, double toHour) => new(From.AddHours(fromHour), From.AddHours(toHour));

    [TestMethod]
    public void Find_NoActivity_WholeRangeIsOneGap()
    {
        var gaps = ActivityGaps.Find([], From, From.AddDays(1), Minimum);

        CollectionAssert.AreEqual(new[] { Span(0, 24) }, gaps.ToArray());
    }

    [TestMethod]
    public void Find_ActivityCoversTheRange_NoGap()
    {
        Assert.IsEmpty(ActivityGaps.Find([Span(-1, 25)], From, From.AddDays(1), Minimum));
    }

    [TestMethod]
    public void Find_HolesBetweenAndAroundSpans_ReportsEachInOrder()
    {
        var gaps = ActivityGaps.Find([Span(8, 12), Span(14, 20)], From, From.AddDays(1), Minimum);

        CollectionAssert.AreEqual(new[] { Span(0, 8), Span(12, 14), Span(20, 24) }, gaps.ToArray());
    }

    [TestMethod]
    public void Find_HoleOfExactlyTheMinimum_Kept_AndOneMinuteShorter_Dropped()
    {
        var minutes = ActivityGaps.Find([Span(0, 1), Span(1.25, 2), Span(2 + (14 / 60.0), 3)], From, From.AddHours(3), Minimum);

        CollectionAssert.AreEqual(new[] { Span(1, 1.25) }, minutes.ToArray());
    }

    [TestMethod]
    public void Find_OverlappingUnorderedSpans_MergedFirst()
    {
        var gaps = ActivityGaps.Find([Span(10, 12), Span(0, 5), Span(4, 9), Span(9, 10.1)], From, From.AddHours(12), Minimum);

        Assert.IsEmpty(gaps);
    }

    [TestMethod]
    public void Find_SpanInsideAnotherSpan_DoesNotOpenAGap()
    {
        var gaps = ActivityGaps.Find([Span(0, 10), Span(2, 3), Span(11, 12)], From, From.AddHours(12), Minimum);

        CollectionAssert.AreEqual(new[] { Span(10, 11) }, gaps.ToArray());
    }

    [TestMethod]
    public void Find_SpansOutsideTheRange_GapsClippedToTheRange()
    {
        var gaps = ActivityGaps.Find([Span(-5, -1), Span(30, 40)], From, From.AddDays(1), Minimum);

        CollectionAssert.AreEqual(new[] { Span(0, 24) }, gaps.ToArray());
    }

    [TestMethod]
    public void Find_EmptyAndReversedSpans_Ignored()
    {
        var gaps = ActivityGaps.Find([Span(3, 3), Span(9, 2)], From, From.AddHours(4), Minimum);

        CollectionAssert.AreEqual(new[] { Span(0, 4) }, gaps.ToArray());
    }

    [TestMethod]
    public void Find_RangeEndsBeforeItStarts_NoGap()
    {
        Assert.IsEmpty(ActivityGaps.Find([], From, From.AddHours(-1), Minimum));
    }

    [TestMethod]
    public void Find_NegativeMinimum_Throws()
    {
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => ActivityGaps.Find([], From, From.AddHours(1), TimeSpan.FromMinutes(-1)));
    }
}
