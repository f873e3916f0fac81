namespace SafeBrowse.Storage.Tests;

[TestClass]
public sealed class PauseStoreTests : IDisposable
{
    private static readonly DateTimeOffset Day = TestDatabase.Start;

    private readonly TestDatabase test = new();
    private readonly long child;

    public PauseStoreTests()
    {
        child = test.AddChild();
    }

    private PauseStore Pauses => test.Database.Pauses;

    public void Dispose() => test.Dispose();

    [TestMethod]
    public void Start_ThenActive_ReturnsThePauseUntilItEnds()
    {
        var pause = Pauses.Start(child, Day, Day.AddHours(1));

        Assert.AreEqual(new PausePeriod(pause.Id, child, Day, Day.AddHours(1)), Pauses.Active(child, Day.AddMinutes(59)));
        Assert.IsNull(Pauses.Active(child, Day.AddHours(1)));
        Assert.IsNull(Pauses.Active(child, Day.AddMilliseconds(-1)));
    }

    [TestMethod]
    public void Start_WhileAnotherRuns_EndsThatOneAtTheNewStart()
    {
        var first = Pauses.Start(child, Day, Day.AddHours(2));

        var second = Pauses.Start(child, Day.AddMinutes(30), Day.AddMinutes(40));

        CollectionAssert.AreEqual(
            new[] { first with { End = Day.AddMinutes(30) }, second },
            Pauses.Between(child, Day, Day.AddDays(1)).ToArray());
        Assert.IsNull(Pauses.Active(child, Day.AddHours(1)));
    }

    [TestMethod]
    public void EndActive_RunningPause_EndsItThen()
    {
        var pause = Pauses.Start(child, Day, Day.AddHours(8));

        Pauses.EndActive(child, Day.AddMinutes(10));

        Assert.IsNull(Pauses.Active(child, Day.AddMinutes(10)));
        Assert.AreEqual(pause with { End = Day.AddMinutes(10) }, Assert.ContainsSingle(Pauses.Between(child, Day, Day.AddDays(1))));
    }

    [TestMethod]
    public void EndActive_AnotherChildsPause_LeavesItRunning()
    {
        var other = test.AddChild("Luis");
        var pause = Pauses.Start(other, Day, Day.AddHours(8));

        Pauses.EndActive(child, Day.AddMinutes(10));

        Assert.AreEqual(pause, Pauses.Active(other, Day.AddMinutes(10)));
    }

    [TestMethod]
    public void Between_Range_ReturnsOnlyOverlappingPauses()
    {
        Pauses.Start(child, Day.AddHours(-2), Day);
        var overlapping = Pauses.Start(child, Day.AddMinutes(-5), Day.AddMinutes(5));
        Pauses.Start(child, Day.AddHours(1), Day.AddHours(2));

        CollectionAssert.AreEqual(new[] { overlapping }, Pauses.Between(child, Day, Day.AddHours(1)).ToArray());
    }

    [TestMethod]
    public void Start_UntilNotAfterFrom_Throws()
    {
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => Pauses.Start(child, Day, Day));
    }
}
