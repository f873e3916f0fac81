using System.Runtime.Versioning;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace SafeBrowse.Storage.Tests;

[TestClass]
public sealed class InspectTests : IDisposable
{
    private readonly TestFolder folder = new();

    public void Dispose() => folder.Dispose();

    [TestMethod]
    public void Inspect_NoDatabase_ReportsItMissing()
    {
        var health = FamilyDatabase.Inspect(folder.File("never-created"));

        Assert.IsFalse(health.DatabaseExists);
        Assert.IsFalse(health.IsHealthy);
        Assert.IsNull(health.SchemaVersion);
        Assert.IsEmpty(health.CorruptCopies);
    }

    [TestMethod]
    public void Inspect_HealthyDatabase_ReportsIntegrityAndVersion()
    {
        FamilyDatabase.Open(folder.Path, TimeProvider.System);

        var health = FamilyDatabase.Inspect(folder.Path);

        Assert.IsTrue(health.DatabaseExists);
        Assert.IsNull(health.IntegrityProblem);
        Assert.AreEqual(Schema.Version, health.SchemaVersion);
        Assert.IsEmpty(health.PermissionProblems);
        Assert.IsTrue(health.IsHealthy);
    }

    [TestMethod]
    public void Inspect_ClosedDatabase_CreatesNoFiles()
    {
        FamilyDatabase.Open(folder.Path, TimeProvider.System).Profiles.Save("Ana", AgeBand.Under10, "en", "GB");
        SqliteConnection.ClearAllPools();
        var before = folder.FileNames();
        var bytes = File.ReadAllBytes(folder.Database);

        FamilyDatabase.Inspect(folder.Path);

        CollectionAssert.AreEqual(before, folder.FileNames());
        CollectionAssert.AreEqual(bytes, File.ReadAllBytes(folder.Database));
    }

    [TestMethod]
    public void Inspect_DatabaseInUse_SeesUncheckpointedWrites()
    {
        var database = FamilyDatabase.Open(folder.Path, TimeProvider.System);
        database.Profiles.Save("Ana", AgeBand.Under10, "en", "GB");

        var health = FamilyDatabase.Inspect(folder.Path);

        Assert.IsTrue(health.IntegrityOk);
        Assert.AreEqual(Schema.Version, health.SchemaVersion);
    }

    [TestMethod]
    [DataRow(Damage.Garbage)]
    [DataRow(Damage.PagesOverwritten)]
    public void Inspect_DamagedDatabase_ReportsProblemAndChangesNothing(Damage damage)
    {
        var damaged = DamagedDatabase.Write(folder, damage);
        var before = folder.FileNames();

        var health = FamilyDatabase.Inspect(folder.Path);

        Assert.IsTrue(health.DatabaseExists);
        Assert.IsFalse(health.IntegrityOk);
        Assert.IsFalse(string.IsNullOrWhiteSpace(health.IntegrityProblem));
        CollectionAssert.AreEqual(before, folder.FileNames());
        CollectionAssert.AreEqual(damaged, File.ReadAllBytes(folder.Database));
    }

    [TestMethod]
    public void Inspect_AfterRecovery_ListsTheCopyMovedAside()
    {
        DamagedDatabase.Write(folder, Damage.Garbage);
        FamilyDatabase.Open(folder.Path, new FakeTimeProvider(TestDatabase.Start));

        var health = FamilyDatabase.Inspect(folder.Path);

        Assert.IsTrue(health.IntegrityOk);
        Assert.AreEqual(folder.File("safebrowse.db.corrupt-20260302T160000Z"), Assert.ContainsSingle(health.CorruptCopies));
    }

    [TestMethod]
    [OSCondition(ConditionMode.Exclude, OperatingSystems.Windows)]
    [UnsupportedOSPlatform("windows")]
    public void Inspect_FileOpenToOthers_ReportsPermissionProblem()
    {
        FamilyDatabase.Open(folder.Path, TimeProvider.System);
        SqliteConnection.ClearAllPools();
        File.SetUnixFileMode(folder.Database, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherRead);

        var health = FamilyDatabase.Inspect(folder.Path);

        Assert.AreEqual(folder.Database, Assert.ContainsSingle(health.PermissionProblems));
        Assert.IsFalse(health.IsHealthy);
    }
}
