using System.Text;
using Microsoft.Data.Sqlite;

namespace SafeBrowse.Storage.Tests;

[TestClass]
public sealed class ContactStateStoreTests : IDisposable
{
    private readonly TestDatabase test = new();

    private ContactStateStore Store => test.Database.ContactStates;

    public void Dispose() => test.Dispose();

    private static byte[] Snapshot(string value) => Encoding.UTF8.GetBytes(value);

    [TestMethod]
    public void Load_NothingSaved_ReturnsNull()
    {
        Assert.IsNull(Store.Load("c-1", "alex"));
    }

    [TestMethod]
    public void Save_New_LoadReturnsTheSnapshotAtTheReturnedRevision()
    {
        var revision = Store.Save("c-1", "alex", Snapshot("one"), 0, TestDatabase.Start);

        var loaded = Store.Load("c-1", "alex");

        Assert.IsNotNull(revision);
        Assert.IsNotNull(loaded);
        Assert.AreEqual(revision, loaded.Revision);
        Assert.AreEqual("one", Encoding.UTF8.GetString(loaded.Snapshot));
        Assert.IsNull(Store.Load("c-2", "alex"));
        Assert.IsNull(Store.Load("c-1", "sam"));
    }

    [TestMethod]
    public void Save_AtTheLoadedRevision_ReplacesAndMovesTheRevisionOn()
    {
        var first = Store.Save("c-1", "alex", Snapshot("one"), 0, TestDatabase.Start)!.Value;

        var second = Store.Save("c-1", "alex", Snapshot("two"), first, TestDatabase.Start.AddMinutes(1));

        Assert.AreEqual(first + 1, second);
        Assert.AreEqual("two", Encoding.UTF8.GetString(Store.Load("c-1", "alex")!.Snapshot));
    }

    [TestMethod]
    public void Save_AnotherProcessSavedSinceLoading_ReturnsNullAndKeepsItsRow()
    {
        var other = FamilyDatabase.Open(test.Folder.Path, test.Clock).ContactStates;
        var loaded = Store.Save("c-1", "alex", Snapshot("one"), 0, TestDatabase.Start)!.Value;
        Assert.IsNotNull(other.Save("c-1", "alex", Snapshot("other"), loaded, TestDatabase.Start.AddMinutes(1)));

        var stale = Store.Save("c-1", "alex", Snapshot("stale"), loaded, TestDatabase.Start.AddMinutes(2));
        var secondInsert = Store.Save("c-1", "alex", Snapshot("stale"), 0, TestDatabase.Start.AddMinutes(2));

        Assert.IsNull(stale);
        Assert.IsNull(secondInsert);
        Assert.AreEqual("other", Encoding.UTF8.GetString(Store.Load("c-1", "alex")!.Snapshot));
    }

    [TestMethod]
    public async Task Save_ManyWritersReloadingOnConflict_LoseNoUpdate()
    {
        const int Writers = 4;
        const int UpdatesEach = 25;
        var databases = Enumerable.Range(0, Writers).Select(_ => FamilyDatabase.Open(test.Folder.Path, test.Clock)).ToArray();

        await Task.WhenAll(databases.Select(database => Task.Run(() =>
        {
            for (var update = 0; update < UpdatesEach; update++)
            {
                while (true)
                {
                    var row = database.ContactStates.Load("c-1", "alex");
                    var count = row is null ? 0 : int.Parse(Encoding.UTF8.GetString(row.Snapshot), System.Globalization.CultureInfo.InvariantCulture);
                    var next = Snapshot((count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
                    if (database.ContactStates.Save("c-1", "alex", next, row?.Revision ?? 0, TestDatabase.Start) is not null)
                    {
                        break;
                    }
                }
            }
        })));

        Assert.AreEqual((Writers * UpdatesEach).ToString(System.Globalization.CultureInfo.InvariantCulture), Encoding.UTF8.GetString(Store.Load("c-1", "alex")!.Snapshot));
    }

    [TestMethod]
    public void Clear_OneContact_ForgetsItInEveryConversationAndNoOneElse()
    {
        var alexFirst = Store.Save("c-1", "alex", Snapshot("a1"), 0, TestDatabase.Start)!.Value;
        Store.Save("c-2", "alex", Snapshot("a2"), 0, TestDatabase.Start);
        Store.Save("c-1", "sam", Snapshot("s1"), 0, TestDatabase.Start);

        var cleared = Store.Clear("alex");
        var afterClear = Store.Save("c-1", "alex", Snapshot("late"), alexFirst, TestDatabase.Start.AddMinutes(1));

        Assert.AreEqual(2, cleared);
        Assert.IsNull(Store.Load("c-1", "alex"));
        Assert.IsNull(Store.Load("c-2", "alex"));
        Assert.IsNull(afterClear, "a process still holding the cleared row must reload, not write it back");
        Assert.AreEqual("s1", Encoding.UTF8.GetString(Store.Load("c-1", "sam")!.Snapshot));
    }

    [TestMethod]
    public void Sweep_StateLastSeenBeforeTheRetention_IsDeleted()
    {
        test.Database.Settings.Write(FamilySettings.Default with { RetentionDays = 30 });
        Store.Save("c-1", "old", Snapshot("old"), 0, TestDatabase.Start);
        Store.Save("c-1", "recent", Snapshot("recent"), 0, TestDatabase.Start.AddDays(20));

        var result = test.Database.Retention.Sweep(TestDatabase.Start.AddDays(31));

        Assert.AreEqual(1, result.OtherRowsDeleted);
        Assert.IsNull(Store.Load("c-1", "old"));
        Assert.IsNotNull(Store.Load("c-1", "recent"));
    }

    [TestMethod]
    public void Save_HandlesAndConversations_AreNotInTheFile()
    {
        Store.Save("conversation-with-marisol", "handle_of_marisol", Snapshot("{}"), 0, TestDatabase.Start);
        using (var connection = test.PooledConnection())
        {
            using var checkpoint = connection.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            checkpoint.ExecuteNonQuery();
        }

        var bytes = File.ReadAllBytes(test.Folder.Database);

        Assert.AreNotEqual(-1, bytes.AsSpan().IndexOf("contact_states"u8), "the table must be in the file for this check to mean anything");
        Assert.AreEqual(-1, bytes.AsSpan().IndexOf("marisol"u8));
        Assert.IsNotNull(Store.Load("conversation-with-marisol", "handle_of_marisol"));
    }

    [TestMethod]
    public void Save_SameHandleInTwoFamilies_GetsDifferentKeys()
    {
        using var otherFolder = new TestFolder();
        var otherFamily = FamilyDatabase.Open(otherFolder.Path, test.Clock);
        Store.Save("c-1", "alex", Snapshot("a"), 0, TestDatabase.Start);
        otherFamily.ContactStates.Save("c-1", "alex", Snapshot("b"), 0, TestDatabase.Start);

        Assert.AreNotEqual(Convert.ToHexString(StateKey(test.Folder.Database)), Convert.ToHexString(StateKey(otherFolder.Database)));
    }

    [TestMethod]
    public void Fingerprint_SameKey_SameInEveryProcessOfTheFamilyAndDifferentInAnother()
    {
        using var otherFolder = new TestFolder();
        var sameFamily = FamilyDatabase.Open(test.Folder.Path, test.Clock).ContactStates;
        var otherFamily = FamilyDatabase.Open(otherFolder.Path, test.Clock).ContactStates;

        var fingerprint = Store.Fingerprint("whatsapp|m-41");

        Assert.AreEqual(fingerprint, sameFamily.Fingerprint("whatsapp|m-41"));
        Assert.AreNotEqual(fingerprint, Store.Fingerprint("whatsapp|m-42"));
        Assert.AreNotEqual(fingerprint, otherFamily.Fingerprint("whatsapp|m-41"));
    }

    private static byte[] StateKey(string databaseFile)
    {
        using var connection = new SqliteConnection($"Data Source={databaseFile};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT state_key FROM contact_states";
        return (byte[])command.ExecuteScalar()!;
    }
}
