namespace SafeBrowse.Storage.Tests;

[TestClass]
public sealed class PinStoreTests : IDisposable
{
    private readonly TestDatabase test = new();

    private PinStore Pin => test.Database.Pin;

    public void Dispose() => test.Dispose();

    [TestMethod]
    public void Read_NoPinSet_ReturnsNull()
    {
        Assert.IsNull(Pin.Read());
    }

    [TestMethod]
    public void Write_ThenRead_ReturnsSaltHashIterationsAndTime()
    {
        Pin.Write(new StoredPin([1, 2, 3], [9, 8, 7, 6], 600_000, TestDatabase.Start));

        var stored = Pin.Read();

        Assert.IsNotNull(stored);
        CollectionAssert.AreEqual(new byte[] { 1, 2, 3 }, stored.Salt);
        CollectionAssert.AreEqual(new byte[] { 9, 8, 7, 6 }, stored.Hash);
        Assert.AreEqual(600_000, stored.Iterations);
        Assert.AreEqual(TestDatabase.Start, stored.SetAt);
    }

    [TestMethod]
    public void ReadAttempts_NoFailures_ReturnsZero()
    {
        Assert.AreEqual(new PinAttempts(0, null), Pin.ReadAttempts());
    }

    [TestMethod]
    public void RecordFailure_Twice_CountsBothAndKeepsTheLastTime()
    {
        Pin.RecordFailure(TestDatabase.Start);

        var attempts = Pin.RecordFailure(TestDatabase.Start.AddSeconds(30));

        Assert.AreEqual(new PinAttempts(2, TestDatabase.Start.AddSeconds(30)), attempts);
        Assert.AreEqual(attempts, Pin.ReadAttempts());
    }

    [TestMethod]
    public void RecordFailure_FromManyThreadsAtOnce_CountsEveryOne()
    {
        Parallel.For(0, 16, _ => Pin.RecordFailure(TestDatabase.Start));

        Assert.AreEqual(16, Pin.ReadAttempts().ConsecutiveFailures);
    }

    [TestMethod]
    public void RecordFailure_AfterReopening_StillCounted()
    {
        Pin.RecordFailure(TestDatabase.Start);

        var reopened = FamilyDatabase.Open(test.Folder.Path, test.Clock);

        Assert.AreEqual(new PinAttempts(1, TestDatabase.Start), reopened.Pin.ReadAttempts());
    }

    [TestMethod]
    public void Write_AfterFailures_ResetsAttempts()
    {
        Pin.RecordFailure(TestDatabase.Start);

        Pin.Write(new StoredPin([1], [2], 1, TestDatabase.Start));

        Assert.AreEqual(new PinAttempts(0, null), Pin.ReadAttempts());
    }

    [TestMethod]
    public void ResetAttempts_AfterFailures_StartsCountingAgain()
    {
        Pin.RecordFailure(TestDatabase.Start);
        Pin.RecordFailure(TestDatabase.Start);

        Pin.ResetAttempts();

        Assert.AreEqual(new PinAttempts(1, TestDatabase.Start.AddHours(1)), Pin.RecordFailure(TestDatabase.Start.AddHours(1)));
    }

    [TestMethod]
    public void WriteFirst_SpentCode_RefusedEvenAfterAReset()
    {
        var first = Pin.WriteFirst(new StoredPin([1], [2], 1, TestDatabase.Start), "code-a");
        var reset = Pin.ApplyReset("code-b", TestDatabase.Start.AddHours(1));
        var spentAgain = Pin.WriteFirst(new StoredPin([3], [4], 1, TestDatabase.Start.AddHours(2)), "code-a");
        var readyAfterReset = Pin.IsSetupCodeSpent("code-b");

        var withResetCode = Pin.WriteFirst(new StoredPin([5], [6], 1, TestDatabase.Start.AddHours(3)), "code-b");

        Assert.IsTrue(first);
        Assert.IsTrue(reset);
        Assert.IsFalse(spentAgain);
        Assert.IsFalse(readyAfterReset);
        Assert.IsTrue(withResetCode);
        Assert.IsTrue(Pin.IsSetupCodeSpent("code-a"));
        CollectionAssert.AreEqual(new byte[] { 6 }, Pin.Read()!.Hash);
    }

    [TestMethod]
    public void WriteFirst_PinAlreadySet_WritesNothingAndLeavesTheCodeUnspent()
    {
        Pin.WriteFirst(new StoredPin([1], [2], 1, TestDatabase.Start), "code-a");

        var second = Pin.WriteFirst(new StoredPin([3], [4], 1, TestDatabase.Start), "code-b");

        Assert.IsFalse(second);
        Assert.IsFalse(Pin.IsSetupCodeSpent("code-b"));
        CollectionAssert.AreEqual(new byte[] { 2 }, Pin.Read()!.Hash);
    }

    [TestMethod]
    public void ApplyReset_SameCodeTwice_ClearsThePinOnlyTheFirstTime()
    {
        Pin.WriteFirst(new StoredPin([1], [2], 1, TestDatabase.Start), "code-a");
        Pin.RecordFailure(TestDatabase.Start);

        var firstSight = Pin.ApplyReset("code-b", TestDatabase.Start.AddHours(1));
        var attemptsAfterReset = Pin.ReadAttempts();
        Pin.WriteFirst(new StoredPin([3], [4], 1, TestDatabase.Start.AddHours(2)), "code-b");
        var secondSight = Pin.ApplyReset("code-b", TestDatabase.Start.AddHours(3));

        Assert.IsTrue(firstSight);
        Assert.AreEqual(PinAttempts.None, attemptsAfterReset);
        Assert.IsFalse(secondSight);
        CollectionAssert.AreEqual(new byte[] { 4 }, Pin.Read()!.Hash);
    }

    [TestMethod]
    public void ChangesBetween_SetChangedReset_ListsEachInTheWindowOldestFirst()
    {
        Pin.WriteFirst(new StoredPin([1], [2], 1, TestDatabase.Start), "code-a");
        Pin.Write(new StoredPin([3], [4], 1, TestDatabase.Start.AddDays(1)));
        Pin.ApplyReset("code-b", TestDatabase.Start.AddDays(2));
        Pin.Write(new StoredPin([5], [6], 1, TestDatabase.Start.AddDays(9)));

        var changes = Pin.ChangesBetween(TestDatabase.Start, TestDatabase.Start.AddDays(7));

        CollectionAssert.AreEqual(
            new[]
            {
                new PinChange(PinChangeKind.Set, TestDatabase.Start),
                new PinChange(PinChangeKind.Changed, TestDatabase.Start.AddDays(1)),
                new PinChange(PinChangeKind.Reset, TestDatabase.Start.AddDays(2)),
            },
            changes.ToArray());
    }
}
