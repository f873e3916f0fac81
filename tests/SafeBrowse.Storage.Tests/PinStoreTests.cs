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
}
