namespace SafeBrowse.Storage.Tests;

[TestClass]
public sealed class ActivityStoreTests : IDisposable
{
    private static readonly DateTimeOffset Day = TestDatabase.Start;
    private static readonly TimeSpan MaxGap = TimeSpan.FromMinutes(15);

    private readonly TestDatabase test = new();
    private readonly long child;

    public ActivityStoreTests()
    {
        child = test.AddChild();
    }

    private ActivityStore Activity => test.Database.Activity;

    public void Dispose() => test.Dispose();

    [TestMethod]
    public void Heartbeat_WithinTheGap_ExtendsTheSpan()
    {
        Activity.Heartbeat("install-1", child, Day, MaxGap);
        Activity.Heartbeat("install-1", child, Day.AddMinutes(5), MaxGap);
        Activity.Heartbeat("install-1", child, Day.AddMinutes(20), MaxGap);

        Assert.AreEqual(new ActivitySpan("install-1", child, Day, Day.AddMinutes(20)), Assert.ContainsSingle(Activity.Between(child, Day, Day.AddDays(1))));
    }

    [TestMethod]
    public void Heartbeat_AfterMoreThanTheGap_OpensANewSpan()
    {
        Activity.Heartbeat("install-1", child, Day, MaxGap);
        Activity.Heartbeat("install-1", child, Day.AddMinutes(15).AddMilliseconds(1), MaxGap);

        var spans = Activity.Between(child, Day, Day.AddDays(1));

        CollectionAssert.AreEqual(
            new[] { new ActivitySpan("install-1", child, Day, Day), new ActivitySpan("install-1", child, Day.AddMinutes(15).AddMilliseconds(1), Day.AddMinutes(15).AddMilliseconds(1)) },
            spans.ToArray());
    }

    [TestMethod]
    public void Heartbeat_TwoInstalls_KeepSeparateSpans()
    {
        Activity.Heartbeat("install-1", child, Day, MaxGap);
        Activity.Heartbeat("install-2", child, Day.AddMinutes(1), MaxGap);
        Activity.Heartbeat("install-1", child, Day.AddMinutes(5), MaxGap);

        var spans = Activity.Between(child, Day, Day.AddDays(1));

        CollectionAssert.AreEqual(
            new[] { new ActivitySpan("install-1", child, Day, Day.AddMinutes(5)), new ActivitySpan("install-2", child, Day.AddMinutes(1), Day.AddMinutes(1)) },
            spans.ToArray());
    }

    [TestMethod]
    public void Heartbeat_InstallMovedToAnotherChild_OpensANewSpanForThatChild()
    {
        var other = test.AddChild("Luis");
        Activity.Heartbeat("install-1", child, Day, MaxGap);

        Activity.Heartbeat("install-1", other, Day.AddMinutes(5), MaxGap);

        Assert.AreEqual(Day, Assert.ContainsSingle(Activity.Between(child, Day, Day.AddDays(1))).LastSeen);
        Assert.AreEqual(Day.AddMinutes(5), Assert.ContainsSingle(Activity.Between(other, Day, Day.AddDays(1))).Start);
    }

    [TestMethod]
    public void Between_Range_ReturnsOnlyOverlappingSpans()
    {
        Activity.Heartbeat("install-1", child, Day.AddHours(-3), MaxGap);
        Activity.Heartbeat("install-1", child, Day.AddMinutes(-20), MaxGap);
        Activity.Heartbeat("install-1", child, Day.AddMinutes(-10), MaxGap);
        Activity.Heartbeat("install-1", child, Day.AddMinutes(5), MaxGap);
        Activity.Heartbeat("install-1", child, Day.AddHours(2), MaxGap);

        var starts = Activity.Between(child, Day, Day.AddHours(1)).Select(span => span.Start).ToArray();

        CollectionAssert.AreEqual(new[] { Day.AddMinutes(-20) }, starts);
    }

    [TestMethod]
    public void Heartbeat_ImpairedWithinTheGap_EndsTheProtectingSpanAndOpensAnImpairedOne()
    {
        Activity.Heartbeat("install-1", child, Day, MaxGap);
        Activity.Heartbeat("install-1", child, Day.AddMinutes(5), MaxGap, "no_site_access");
        Activity.Heartbeat("install-1", child, Day.AddMinutes(10), MaxGap, "no_site_access");
        Activity.Heartbeat("install-1", child, Day.AddMinutes(12), MaxGap);

        CollectionAssert.AreEqual(
            new[]
            {
                new ActivitySpan("install-1", child, Day, Day.AddMinutes(5)),
                new ActivitySpan("install-1", child, Day.AddMinutes(5), Day.AddMinutes(12), "no_site_access"),
                new ActivitySpan("install-1", child, Day.AddMinutes(12), Day.AddMinutes(12)),
            },
            Activity.Between(child, Day, Day.AddDays(1)).ToArray());
    }

    [TestMethod]
    public void Heartbeat_ImpairedAfterMoreThanTheGap_LeavesTheGapAndTheOldSpanAlone()
    {
        Activity.Heartbeat("install-1", child, Day, MaxGap);
        Activity.Heartbeat("install-1", child, Day.AddHours(1), MaxGap, "model_unavailable");

        CollectionAssert.AreEqual(
            new[]
            {
                new ActivitySpan("install-1", child, Day, Day),
                new ActivitySpan("install-1", child, Day.AddHours(1), Day.AddHours(1), "model_unavailable"),
            },
            Activity.Between(child, Day, Day.AddDays(1)).ToArray());
    }

    [TestMethod]
    public void Heartbeat_ImpairmentChangesReason_OpensASpanPerReason()
    {
        Activity.Heartbeat("install-1", child, Day, MaxGap, "no_site_access");
        Activity.Heartbeat("install-1", child, Day.AddMinutes(5), MaxGap, "no_private_windows");

        var reasons = Activity.Between(child, Day, Day.AddDays(1)).Select(span => span.Impairment).ToArray();

        CollectionAssert.AreEqual(new[] { "no_site_access", "no_private_windows" }, reasons);
    }
}
