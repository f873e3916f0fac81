using System.Globalization;
using SafeBrowse.Protocol;

namespace SafeBrowse.Storage.Tests;

[TestClass]
public sealed class StorageFailureTests : IDisposable
{
    private const string Contact = "private-contact-name";

    private readonly TestDatabase test = new();
    private readonly List<long> acknowledged = [];
    private readonly long child;

    public StorageFailureTests()
    {
        child = test.AddChild();
    }

    private FamilyDatabase Database => test.Database;

    public void Dispose() => test.Dispose();

    [TestMethod]
    public void Record_DiskFull_ThrowsStorageUnavailableWithoutUserData()
    {
        SetPageLimitToCurrentSize();

        var failure = Assert.ThrowsExactly<StorageUnavailableException>(FillUntilFull);

        Assert.DoesNotContain(Contact, failure.Message);
        StringAssert.Contains(failure.Message, "full");
    }

    [TestMethod]
    public void Record_AfterDiskFullClears_WorksAndKeepsAcknowledgedEvents()
    {
        SetPageLimitToCurrentSize();
        Assert.ThrowsExactly<StorageUnavailableException>(FillUntilFull);
        RemovePageLimit();

        var afterwards = Database.Events.Record(TestDatabase.Flagged(child, TestDatabase.Start));

        var stored = Database.Events.Between(child, TestDatabase.Start, TestDatabase.Start.AddDays(1)).Select(flagged => flagged.Id);
        CollectionAssert.AreEqual(acknowledged.Append(afterwards).ToArray(), stored.ToArray());
        Assert.IsNotEmpty(acknowledged);
        Assert.IsTrue(FamilyDatabase.Inspect(test.Folder.Path).IntegrityOk);
    }

    [TestMethod]
    public void Write_DatabaseReadOnly_ThrowsStorageUnavailable()
    {
        using (var connection = test.PooledConnection())
        {
            connection.Execute("PRAGMA query_only = ON");
        }

        Assert.ThrowsExactly<StorageUnavailableException>(() => Database.Pin.RecordFailure(TestDatabase.Start));
        Assert.AreEqual(0, Database.Pin.ReadAttempts().ConsecutiveFailures);
    }

    /// <summary>
    /// <c>max_page_count</c> belongs to one connection; the stores use the same pooled one because each test runs
    /// them one at a time.
    /// </summary>
    private void SetPageLimitToCurrentSize()
    {
        using var connection = test.PooledConnection();
        var pages = connection.Single<long>("PRAGMA page_count");
        connection.Execute(string.Create(CultureInfo.InvariantCulture, $"PRAGMA max_page_count = {pages}"));
    }

    private void RemovePageLimit()
    {
        using var connection = test.PooledConnection();
        connection.Execute("PRAGMA max_page_count = 1073741823");
    }

    private void FillUntilFull()
    {
        for (var i = 0; i < 1000; i++)
        {
            acknowledged.Add(Database.Events.Record(TestDatabase.Flagged(child, TestDatabase.Start, RiskLevelWords.Alert, Contact, new string('x', 280))));
        }
    }
}
