using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace SafeBrowse.Storage.Tests;

[TestClass]
public sealed class DamagedCopyRetentionTests : IDisposable
{
    private const string FirstCopy = "safebrowse.db.corrupt-20260302T160000Z";
    private const string SecondCopy = "safebrowse.db.corrupt-20260304T160000Z";
    private const string NotOurs = "safebrowse.db.corrupt-notes.txt";

    private readonly TestFolder folder = new();
    private readonly FakeTimeProvider clock = new(TestDatabase.Start);

    public void Dispose() => folder.Dispose();

    [TestMethod]
    public void Sweep_DamagedCopiesMovedAside91And89DaysAgo_DeletesOnlyThe91DayOldOne()
    {
        DamageAndOpen();
        clock.Advance(TimeSpan.FromDays(2));
        var database = DamageAndOpen();
        File.WriteAllText(folder.File(NotOurs), "a parent's own file");
        CollectionAssert.IsSubsetOf(new[] { FirstCopy, SecondCopy }, folder.FileNames(), "both copies must be there for the sweep to choose");
        clock.Advance(TimeSpan.FromDays(89));

        var result = database.Retention.Sweep(clock.GetUtcNow());

        Assert.AreEqual(1, result.DamagedCopiesDeleted);
        CollectionAssert.DoesNotContain(folder.FileNames(), FirstCopy);
        CollectionAssert.Contains(folder.FileNames(), SecondCopy);
        CollectionAssert.Contains(folder.FileNames(), NotOurs);
    }

    [TestMethod]
    public void Sweep_ShorterRetention_DeletesDamagedCopiesPastIt()
    {
        var database = DamageAndOpen();
        database.Settings.Write(FamilySettings.Default with { RetentionDays = 7 });
        clock.Advance(TimeSpan.FromDays(6));
        Assert.AreEqual(0, database.Retention.Sweep(clock.GetUtcNow()).DamagedCopiesDeleted);
        clock.Advance(TimeSpan.FromDays(2));

        var result = database.Retention.Sweep(clock.GetUtcNow());

        Assert.AreEqual(1, result.DamagedCopiesDeleted);
        CollectionAssert.DoesNotContain(folder.FileNames(), FirstCopy);
    }

    private FamilyDatabase DamageAndOpen()
    {
        SqliteConnection.ClearAllPools();
        DamagedDatabase.Write(folder, Damage.Garbage);
        return FamilyDatabase.Open(folder.Path, clock);
    }
}
