using System.Text;
using SafeBrowse.Protocol;

namespace SafeBrowse.Storage.Tests;

[TestClass]
public sealed class RetentionSweeperTests : IDisposable
{
    private static readonly DateTimeOffset Old = TestDatabase.Start;
    private static readonly DateTimeOffset Recent = TestDatabase.Start.AddDays(2);

    private readonly TestDatabase test = new();
    private readonly long child;

    public RetentionSweeperTests()
    {
        child = test.AddChild();
    }

    private FamilyDatabase Database => test.Database;

    public void Dispose() => test.Dispose();

    [TestMethod]
    public void Sweep_RowsAt91And89Days_DeletesOnlyThe91DayOldOnes()
    {
        foreach (var (at, name) in new[] { (Old, "old"), (Recent, "recent") })
        {
            Database.Events.Record(TestDatabase.Flagged(child, at, contact: name));
            Database.Feedback.Record(new FeedbackEntry(0, child, "discord.com", name, at, ["secrecy"], null));
            Database.Activity.Heartbeat(name, child, at, TimeSpan.FromMinutes(15));
            Database.Pauses.Start(child, at, at.AddHours(1));
            Database.SiteUse.Record(child, name + ".example", DateOnly.FromDateTime(at.UtcDateTime));
            Database.Incidents.Record(StorageIncidentKind.WriteFailed, at);
            Database.Digests.Complete(child, at == Old ? "2026-W10" : "2026-W11", $"/d/{name}.html", at);
        }

        test.Clock.Advance(TimeSpan.FromDays(91));
        var now = test.Clock.GetUtcNow();

        var result = Database.Retention.Sweep(now);

        Assert.AreEqual((1, 1, 5), (result.EventsDeleted, result.FeedbackDeleted, result.OtherRowsDeleted));
        CollectionAssert.AreEqual(new[] { "/d/old.html" }, result.DigestFilesToDelete.ToArray());
        var all = (From: DateTimeOffset.UnixEpoch, To: now);
        Assert.AreEqual("recent", Assert.ContainsSingle(Database.Events.Between(child, all.From, all.To)).Contact);
        Assert.AreEqual("recent", Assert.ContainsSingle(Database.Feedback.Since(all.From)).Contact);
        Assert.AreEqual("recent", Assert.ContainsSingle(Database.Activity.Between(child, all.From, all.To)).InstallId);
        Assert.AreEqual(Recent, Assert.ContainsSingle(Database.Pauses.Between(child, all.From, all.To)).Start);
        Assert.AreEqual("recent.example", Assert.ContainsSingle(Database.SiteUse.Between(child, DateOnly.MinValue, DateOnly.MaxValue)));
        Assert.AreEqual(Recent, Assert.ContainsSingle(Database.Incidents.Between(all.From, all.To)).At);
        Assert.AreEqual("/d/recent.html", Assert.ContainsSingle(Database.Digests.List(child)).Path);
    }

    [TestMethod]
    public void Sweep_OldPinChange_DeletedButItsSpentSetupCodeStaysSpent()
    {
        Database.Pin.WriteFirst(new StoredPin([1], [2], 1, Old), "code-a");
        Database.Pin.Write(new StoredPin([3], [4], 1, Recent));
        test.Clock.Advance(TimeSpan.FromDays(91));
        var now = test.Clock.GetUtcNow();

        Database.Retention.Sweep(now);

        var kept = Assert.ContainsSingle(Database.Pin.ChangesBetween(DateTimeOffset.UnixEpoch, now));
        Assert.AreEqual(new PinChange(PinChangeKind.Changed, Recent), kept);
        Assert.IsTrue(Database.Pin.IsSetupCodeSpent("code-a"), "a forgotten spent code could set a PIN again");
    }

    [TestMethod]
    public void Sweep_ShorterRetentionChosen_UsesIt()
    {
        Database.Settings.Write(FamilySettings.Default with { RetentionDays = 7 });
        Database.Events.Record(TestDatabase.Flagged(child, Old));
        Database.Events.Record(TestDatabase.Flagged(child, Recent));
        test.Clock.Advance(TimeSpan.FromDays(8));

        var result = Database.Retention.Sweep(test.Clock.GetUtcNow());

        Assert.AreEqual(1, result.EventsDeleted);
        Assert.AreEqual(Recent, Assert.ContainsSingle(Database.Events.Between(child, Old, Recent.AddDays(1))).At);
    }

    [TestMethod]
    public void Sweep_NothingOld_DeletesNothing()
    {
        Database.Events.Record(TestDatabase.Flagged(child, Old));

        var result = Database.Retention.Sweep(test.Clock.GetUtcNow());

        Assert.AreEqual((0, 0, 0), (result.EventsDeleted, result.FeedbackDeleted, result.OtherRowsDeleted));
        Assert.IsEmpty(result.DigestFilesToDelete);
        Assert.HasCount(1, Database.Events.Between(child, Old, Old.AddDays(1)));
    }

    [TestMethod]
    public void Sweep_DeletedAlert_LeavesNoTraceOfItsTextInAnyFile()
    {
        const string Marker = "PRIVATE-MARKER-7c1f0a";
        Database.Events.Record(TestDatabase.Flagged(child, Old, RiskLevelWords.Alert, contact: Marker + "-contact", excerpt: Marker + " excerpt"));
        Database.Events.Record(TestDatabase.Flagged(child, Recent));
        test.Clock.Advance(TimeSpan.FromDays(91));

        Database.Retention.Sweep(test.Clock.GetUtcNow());

        var marker = Encoding.UTF8.GetBytes(Marker);
        foreach (var name in test.Folder.FileNames())
        {
            Assert.AreEqual(-1, File.ReadAllBytes(test.Folder.File(name)).AsSpan().IndexOf(marker), name);
        }
    }
}
