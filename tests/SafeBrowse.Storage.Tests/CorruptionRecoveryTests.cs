using Microsoft.Extensions.Time.Testing;

namespace SafeBrowse.Storage.Tests;

[TestClass]
public sealed class CorruptionRecoveryTests : IDisposable
{
    private const string AsideName = "safebrowse.db.corrupt-20260302T160000Z";

    private readonly TestFolder folder = new();
    private readonly FakeTimeProvider clock = new(TestDatabase.Start);

    public void Dispose() => folder.Dispose();

    [TestMethod]
    [DataRow(Damage.Garbage)]
    [DataRow(Damage.Truncated)]
    [DataRow(Damage.HeaderDestroyed)]
    [DataRow(Damage.PagesOverwritten)]
    public void Open_DamagedDatabase_KeepsItAsideUnchanged(Damage damage)
    {
        var damaged = DamagedDatabase.Write(folder, damage);

        FamilyDatabase.Open(folder.Path, clock);

        CollectionAssert.AreEqual(damaged, File.ReadAllBytes(folder.File(AsideName)));
        if (!OperatingSystem.IsWindows())
        {
            Assert.AreEqual(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(folder.File(AsideName)));
        }
    }

    [TestMethod]
    [DataRow(Damage.Garbage)]
    [DataRow(Damage.Truncated)]
    [DataRow(Damage.HeaderDestroyed)]
    [DataRow(Damage.PagesOverwritten)]
    public void Open_DamagedDatabase_StartsAFreshDatabaseThatWorks(Damage damage)
    {
        DamagedDatabase.Write(folder, damage);

        var database = FamilyDatabase.Open(folder.Path, clock);
        var child = database.Profiles.Save("Ana", AgeBand.From13To15, "es", "CO");
        database.Events.Record(TestDatabase.Flagged(child.Id, TestDatabase.Start));

        Assert.HasCount(1, database.Profiles.List());
        Assert.HasCount(1, database.Events.Between(child.Id, TestDatabase.Start, TestDatabase.Start.AddDays(1)));
        Assert.IsTrue(FamilyDatabase.Inspect(folder.Path).IntegrityOk);
    }

    [TestMethod]
    [DataRow(Damage.Garbage)]
    [DataRow(Damage.PagesOverwritten)]
    public void Open_DamagedDatabase_RecordsDatabaseReplacedIncident(Damage damage)
    {
        DamagedDatabase.Write(folder, damage);

        var database = FamilyDatabase.Open(folder.Path, clock);

        var incident = Assert.ContainsSingle(database.Incidents.Between(TestDatabase.Start, TestDatabase.Start.AddDays(7)));
        Assert.AreEqual(StorageIncidentKind.DatabaseReplaced, incident.Kind);
        Assert.AreEqual(TestDatabase.Start, incident.At);
    }

    [TestMethod]
    public void Open_DamagedDatabaseWithWalAndShm_MovesAllThreeAsideKeepingTheWal()
    {
        DamagedDatabase.Write(folder, Damage.Garbage);
        File.WriteAllText(folder.File("safebrowse.db-wal"), "not a wal");
        File.WriteAllText(folder.File("safebrowse.db-shm"), "not a shm");

        FamilyDatabase.Open(folder.Path, clock);

        Assert.AreEqual("not a wal", File.ReadAllText(folder.File(AsideName + "-wal")));
        Assert.IsTrue(File.Exists(folder.File(AsideName + "-shm")), "SQLite rebuilds the -shm index, but it moves aside with the rest");
        Assert.IsFalse(File.Exists(folder.File("safebrowse.db-wal")) && File.ReadAllText(folder.File("safebrowse.db-wal")) == "not a wal");
    }

    [TestMethod]
    public void Open_DamagedTwiceInTheSameSecond_KeepsBothCopies()
    {
        var first = DamagedDatabase.Write(folder, Damage.Garbage);
        FamilyDatabase.Open(folder.Path, clock);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.WriteAllText(folder.Database, "second damage, long enough to be no database header at all");

        FamilyDatabase.Open(folder.Path, clock);

        CollectionAssert.AreEqual(first, File.ReadAllBytes(folder.File(AsideName)));
        StringAssert.StartsWith(File.ReadAllText(folder.File(AsideName + "-2")), "second damage");
    }

    [TestMethod]
    public void Open_ManyAtOnceOnADamagedDatabase_ReplacesItOnce()
    {
        DamagedDatabase.Write(folder, Damage.Garbage);
        var databases = new FamilyDatabase[6];

        Parallel.For(0, databases.Length, i => databases[i] = FamilyDatabase.Open(folder.Path, clock));

        Assert.HasCount(1, FamilyDatabase.Inspect(folder.Path).CorruptCopies);
        Assert.HasCount(1, databases[^1].Incidents.Between(TestDatabase.Start, TestDatabase.Start.AddDays(1)));
    }
}
