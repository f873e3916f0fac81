using System.Text;

namespace SafeBrowse.Detection.Tests;

[TestClass]
public sealed class ContactSnapshotTests
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 16, 0, 0, TimeSpan.Zero);

    private static ObservedMessage In(string text, DateTimeOffset time) => new("c-1", "alex", MessageDirection.Incoming, text, time);

    private static ObservedMessage Out(string text, DateTimeOffset time) => new("c-1", "alex", MessageDirection.Outgoing, text, time);

    private static ContactState GroomedState()
    {
        var state = new ContactState("c-1", "alex");
        var scorer = new LexiconScorer();
        var options = new RiskOptions();
        state.ObserveChild(statesMinorAge: true, startsWithMinorNumber: false, asksAge: false);
        foreach (var (text, minute) in new[] { ("you're so mature for your age", 0), ("don't tell your parents", 1), ("send me a pic of you", 2) })
        {
            var time = Monday.AddMinutes(minute);
            state.DecayTo(time, options.EvidenceHalfLife);
            state.Add(scorer.Score(text), options);
            state.Reassess(time, options, mayNotify: true);
        }

        state.DismissCurrent([DetectionCategories.Flattery]);
        return state;
    }

    [TestMethod]
    public void Decode_EncodedSnapshot_ReturnsEveryField()
    {
        var snapshot = GroomedState().ToSnapshot();

        var decoded = ContactSnapshotCodec.Decode(ContactSnapshotCodec.Encode(snapshot));

        Assert.IsNotNull(decoded);
        Assert.AreEqual(RiskLevel.Alert, decoded.Level);
        CollectionAssert.AreEquivalent(snapshot.Evidence.ToList(), decoded.Evidence.ToList());
        CollectionAssert.AreEqual(snapshot.Categories.ToList(), decoded.Categories.ToList());
        CollectionAssert.AreEquivalent(snapshot.Strong.ToList(), decoded.Strong.ToList());
        CollectionAssert.AreEquivalent(snapshot.Notified.ToList(), decoded.Notified.ToList());
        CollectionAssert.AreEquivalent(snapshot.Dismissed.ToList(), decoded.Dismissed.ToList());
        Assert.AreEqual(snapshot.LastTime, decoded.LastTime);
        Assert.AreEqual(snapshot.LastNotify, decoded.LastNotify);
        Assert.AreEqual(snapshot.LastNotifiedLevel, decoded.LastNotifiedLevel);
        Assert.AreEqual(snapshot.DismissedLevel, decoded.DismissedLevel);
        Assert.AreEqual(3, decoded.EvidenceMessages);
        Assert.IsTrue(decoded.ChildStatedMinorAge);
    }

    [TestMethod]
    public void Encode_GroomedContact_HoldsNoWordOfTheChat()
    {
        var json = Encoding.UTF8.GetString(ContactSnapshotCodec.Encode(GroomedState().ToSnapshot()));

        foreach (var word in new[] { "mature", "tell", "parents", "pic", "alex", "c-1" })
        {
            Assert.DoesNotContain(word, json, StringComparison.OrdinalIgnoreCase);
        }

        StringAssert.Contains(json, "\"v\":2");
    }

    [TestMethod]
    [DataRow("{\"v\":3,\"evidence\":{}}")]
    [DataRow("{\"v\":0}")]
    [DataRow("{\"evidence\":{}}")]
    [DataRow("not json")]
    [DataRow("")]
    public void Decode_FutureVersionOrDamaged_ReturnsNull(string stored)
    {
        Assert.IsNull(ContactSnapshotCodec.Decode(Encoding.UTF8.GetBytes(stored)));
    }

    [TestMethod]
    public void Decode_UnknownCategory_ReturnsNull()
    {
        var json = Encoding.UTF8.GetString(ContactSnapshotCodec.Encode(GroomedState().ToSnapshot()));
        var tampered = json.Replace("\"secrecy\"", "\"made_up\"", StringComparison.Ordinal);

        Assert.AreNotEqual(json, tampered);
        Assert.IsNull(ContactSnapshotCodec.Decode(Encoding.UTF8.GetBytes(tampered)));
    }

    [TestMethod]
    public void Observe_StoredSnapshotOfAFutureVersion_StartsTheContactFreshAndReplacesIt()
    {
        var store = new MemoryContactStore();
        store.Put("c-1", "alex", Encoding.UTF8.GetBytes("{\"v\":99,\"level\":\"Alert\"}"));
        var engine = new RiskEngine(new LexiconScorer(), store: store);

        var first = engine.Observe(In("you're so mature for your age", Monday));
        var second = engine.Observe(In("do you have snapchat?", Monday.AddMinutes(1)));

        Assert.AreEqual(RiskLevel.None, first.Level);
        Assert.AreEqual(RiskLevel.Notice, second.Level);
        Assert.AreEqual(0, store.Conflicts);
        Assert.AreEqual(ContactSnapshotCodec.CurrentVersion, ContactSnapshotCodec.Decode(store.Load("c-1", "alex")!.Snapshot)?.V);
    }

    [TestMethod]
    public void Observe_ChildAnswersAgeAcrossARestart_StillKnowsItWasAsked()
    {
        var store = new MemoryContactStore();
        new RiskEngine(new LexiconScorer(), store: store).Observe(In("how old are you?", Monday));

        var restarted = new RiskEngine(new LexiconScorer(), store: store);
        restarted.Observe(Out("13", Monday.AddMinutes(1)));

        var state = ContactSnapshotCodec.Decode(store.Load("c-1", "alex")!.Snapshot);
        Assert.IsTrue(state?.ChildStatedMinorAge);
    }
}
