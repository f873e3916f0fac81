using System.Text;

namespace SafeBrowse.Detection.Tests;

[TestClass]
public sealed class CourseSnapshotTests
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 16, 0, 0, TimeSpan.Zero);

    private static ObservedMessage In(string text, DateTimeOffset time) => new("c-1", "alex", MessageDirection.Incoming, text, time);

    [TestMethod]
    public void Observe_AcrossARestart_KeepsTheCourse()
    {
        var store = new MemoryContactStore();
        var before = new RiskEngine(new LexiconScorer(), store: store);
        before.Observe(In("you're so mature for your age", Monday));
        before.Observe(In("where do you live?", Monday.AddMinutes(1)));

        new RiskEngine(new LexiconScorer(), store: store).Observe(In("don't tell your parents", Monday.AddMinutes(2)));

        var course = ContactSnapshotCodec.Decode(store.Load("c-1", "alex")!.Snapshot)?.Course;
        Assert.IsNotNull(course);
        Assert.AreEqual(3, course.ContactMessages);
        Assert.AreEqual(1, course.FirstEvidence);
        Assert.AreEqual(3, course.StageFirstSeen[(int)GroomingStage.Secrecy]);
    }

    [TestMethod]
    public void Decode_VersionOneSnapshot_LoadsWithoutACourse()
    {
        var current = Encoding.UTF8.GetString(ContactSnapshotCodec.Encode(new ContactState("c-1", "alex").ToSnapshot()));
        var courseAt = current.IndexOf(",\"course\":", StringComparison.Ordinal);
        Assert.IsGreaterThan(0, courseAt);
        var versionOne = current[..courseAt].Replace("\"v\":2", "\"v\":1", StringComparison.Ordinal) + "}";

        var decoded = ContactSnapshotCodec.Decode(Encoding.UTF8.GetBytes(versionOne));

        Assert.IsNotNull(decoded);
        Assert.AreEqual(1, decoded.V);
        Assert.IsNull(decoded.Course);
    }

    [TestMethod]
    public void Observe_StoredVersionOneSnapshot_GoesOnWithAFreshCourse()
    {
        var store = new MemoryContactStore();
        var current = Encoding.UTF8.GetString(ContactSnapshotCodec.Encode(new ContactState("c-1", "alex").ToSnapshot()));
        var versionOne = current[..current.IndexOf(",\"course\":", StringComparison.Ordinal)].Replace("\"v\":2", "\"v\":1", StringComparison.Ordinal) + "}";
        store.Put("c-1", "alex", Encoding.UTF8.GetBytes(versionOne));
        var engine = new RiskEngine(new LexiconScorer(), store: store);

        engine.Observe(In("you're so mature for your age", Monday));

        var saved = ContactSnapshotCodec.Decode(store.Load("c-1", "alex")!.Snapshot);
        Assert.AreEqual(ContactSnapshotCodec.CurrentVersion, saved?.V);
        Assert.AreEqual(1, saved?.Course?.ContactMessages);
    }

    [TestMethod]
    public void Decode_CourseWithImpossibleCounts_ReturnsNull()
    {
        var json = Encoding.UTF8.GetString(ContactSnapshotCodec.Encode(new ContactState("c-1", "alex").ToSnapshot()));
        var tampered = json.Replace("\"lateNightMessages\":0", "\"lateNightMessages\":7", StringComparison.Ordinal);

        Assert.AreNotEqual(json, tampered);
        Assert.IsNull(ContactSnapshotCodec.Decode(Encoding.UTF8.GetBytes(tampered)));
    }
}
