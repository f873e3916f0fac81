using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using SafeBrowse.Host.Family;

namespace SafeBrowse.Host.Tests.Family;

[TestClass]
public sealed class PinGateTests
{
    private const int FastIterations = 1_000;
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 23, 20, 0, 0, TimeSpan.Zero));
    private readonly List<FamilyStorage> storages = [];
    private string folder = null!;

    [TestInitialize]
    public void CreateFolder() => folder = Directory.CreateTempSubdirectory("safebrowse-pin-").FullName;

    // A storage opens its database on a worker thread; a test that never reaches it must not leave it writing files
    // into the folder being deleted.
    [TestCleanup]
    public async Task DeleteFolder()
    {
        foreach (var storage in storages)
        {
            await storage.Opening;
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private PinGate NewGate()
    {
        var storage = new FamilyStorage(folder, clock, NullLogger<FamilyStorage>.Instance);
        storages.Add(storage);
        return new PinGate(storage, new PinHasher(clock, FastIterations), new SetupCodes(Path.Combine(folder, "program"), folder), clock);
    }

    private string IssueCode() =>
        SetupCodeFiles.Issue(Path.Combine(folder, SetupCodeFiles.FileName), clearsPin: false, everyAccount: false, new PinHasher(clock, FastIterations));

    private void SetFirstPin(PinGate gate, string pin) => Assert.AreEqual(PinOutcome.Accepted, gate.SetFirst(pin, IssueCode()).Outcome);

    [TestMethod]
    public void Check_BeforeAnyPin_SaysNotSet()
    {
        Assert.AreEqual(PinOutcome.NotSet, NewGate().Check("123456").Outcome);
    }

    [TestMethod]
    public void Check_RightPin_IsAcceptedAndWrongOneIsNot()
    {
        var gate = NewGate();
        SetFirstPin(gate, "246810");

        Assert.AreEqual(PinOutcome.Wrong, gate.Check("135790").Outcome);
        Assert.AreEqual(PinOutcome.Accepted, gate.Check("246810").Outcome);
    }

    [TestMethod]
    public void Check_FourthWrongTryInARow_LocksForThirtySecondsEvenForTheRightPin()
    {
        var gate = NewGate();
        SetFirstPin(gate, "246810");
        for (var attempt = 0; attempt < 3; attempt++)
        {
            gate.Check("000000");
        }

        var locked = gate.Check("246810");
        clock.Advance(TimeSpan.FromSeconds(31));
        var afterWait = gate.Check("246810");

        Assert.AreEqual(PinOutcome.Locked, locked.Outcome);
        Assert.IsTrue(locked.RetryAfter > TimeSpan.FromSeconds(25) && locked.RetryAfter <= TimeSpan.FromSeconds(30), locked.RetryAfter.ToString());
        Assert.AreEqual(PinOutcome.Accepted, afterWait.Outcome);
    }

    [TestMethod]
    public void Check_WrongTriesAfterTheDelay_DoubleTheNextDelay()
    {
        var gate = NewGate();
        SetFirstPin(gate, "246810");
        for (var attempt = 0; attempt < 3; attempt++)
        {
            gate.Check("000000");
        }

        clock.Advance(TimeSpan.FromSeconds(31));
        var fourth = gate.Check("000000");

        Assert.AreEqual(PinOutcome.Wrong, fourth.Outcome);
        Assert.AreEqual(TimeSpan.FromSeconds(60), fourth.RetryAfter);
        Assert.AreEqual(PinOutcome.Locked, gate.Check("246810").Outcome);
    }

    [TestMethod]
    public void Check_AfterARestart_RemembersTheWrongTries()
    {
        var first = NewGate();
        SetFirstPin(first, "246810");
        for (var attempt = 0; attempt < 3; attempt++)
        {
            first.Check("000000");
        }

        var restarted = NewGate();

        Assert.AreEqual(PinOutcome.Locked, restarted.Check("246810").Outcome);
        Assert.IsGreaterThan(TimeSpan.Zero, restarted.RetryAfter());
    }

    [TestMethod]
    public void Check_RightPin_ResetsTheCount()
    {
        var gate = NewGate();
        SetFirstPin(gate, "246810");
        gate.Check("000000");
        gate.Check("000000");
        gate.Check("246810");

        var wrongAgain = gate.Check("000000");

        Assert.AreEqual(TimeSpan.Zero, wrongAgain.RetryAfter);
    }

    [TestMethod]
    public void Change_TooShortPin_IsRefused()
    {
        Assert.ThrowsExactly<ArgumentException>(() => NewGate().Change("12345"));
    }
}
