namespace SafeBrowse.Detection.Tests;

/// <summary>Risk per contact kept in a store: what one host process learned, the next one goes on from.</summary>
[TestClass]
public sealed class PersistentRiskTests
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 16, 0, 0, TimeSpan.Zero);

    private static ObservedMessage In(string text, DateTimeOffset time, string contact = "alex") =>
        new("c-1", contact, MessageDirection.Incoming, text, time);

    private static RiskEngine Engine(IContactStateStore? store) => new(new LexiconScorer(), store: store);

    [TestMethod]
    public void Observe_PatternSpreadOverTwoProcesses_ReachesAlertOnlyWithTheStore()
    {
        var store = new MemoryContactStore();
        Engine(store).Observe(In("you're so mature for your age", Monday));
        Engine(store).Observe(In("don't tell your parents about us", Monday.AddHours(20)));

        var withStore = Engine(store).Observe(In("send me a pic of you", Monday.AddDays(1)));
        var withoutStore = Engine(null).Observe(In("send me a pic of you", Monday.AddDays(1)));

        Assert.AreEqual(RiskLevel.Alert, withStore.Level);
        Assert.IsTrue(withStore.Notify);
        Assert.AreEqual(RiskLevel.None, withoutStore.Level);
    }

    [TestMethod]
    public void Observe_SingleRemarkWeeksBefore_HasFadedAfterTheRestart()
    {
        var recentStore = new MemoryContactStore();
        var oldStore = new MemoryContactStore();
        Engine(recentStore).Observe(In("you're so mature for your age", Monday));
        Engine(oldStore).Observe(In("you're so mature for your age", Monday));

        var recent = Engine(recentStore).Observe(In("do you have snapchat?", Monday.AddDays(1)));
        var weeksLater = Engine(oldStore).Observe(In("do you have snapchat?", Monday.AddDays(21)));

        Assert.AreEqual(RiskLevel.Notice, recent.Level);
        Assert.AreEqual(RiskLevel.None, weeksLater.Level);
    }

    [TestMethod]
    public void Observe_BenignChat_SavesNothing()
    {
        var store = new MemoryContactStore();
        var engine = Engine(store);
        for (var minute = 0; minute < 50; minute++)
        {
            engine.Observe(In(minute % 2 == 0 ? "did you finish the math homework" : "see you at school tomorrow", Monday.AddMinutes(minute)));
        }

        var benignSaves = store.Saves;
        engine.Observe(In("you're so mature for your age", Monday.AddHours(2)));

        Assert.AreEqual(0, benignSaves);
        Assert.AreEqual(1, store.Saves);
    }

    [TestMethod]
    public void Observe_AnotherProcessSavedInBetween_ReloadsAndKeepsBothProcessesEvidence()
    {
        var store = new MemoryContactStore();
        var first = Engine(store);
        var second = Engine(store);
        first.Observe(In("you're so mature for your age", Monday));
        second.Observe(In("do you have snapchat?", Monday.AddMinutes(1)));

        var decision = first.Observe(In("don't tell your parents", Monday.AddMinutes(2)));

        Assert.AreEqual(1, store.Conflicts);
        CollectionAssert.IsSubsetOf(
            new[] { DetectionCategories.Flattery, DetectionCategories.PrivateChannel, DetectionCategories.Secrecy },
            decision.Categories.ToList());
    }

    [TestMethod]
    public void DismissNotice_ContactOnlyInTheStore_LoadsAndRecordsIt()
    {
        var dismissedStore = StoreAtNotice();
        var controlStore = StoreAtNotice();

        var quieted = Engine(dismissedStore).DismissNotice("c-1", "alex", [DetectionCategories.Flattery, DetectionCategories.PrivateChannel]);
        var afterDismissal = RepeatSamePatterns(Engine(dismissedStore));
        var control = RepeatSamePatterns(Engine(controlStore));

        Assert.IsTrue(quieted);
        Assert.IsTrue(control, "without the dismissal the same patterns notify again");
        Assert.IsFalse(afterDismissal);
    }

    private static MemoryContactStore StoreAtNotice()
    {
        var store = new MemoryContactStore();
        var engine = Engine(store);
        engine.Observe(In("you're so mature for your age", Monday));
        Assert.AreEqual(RiskLevel.Notice, engine.Observe(In("do you have snapchat?", Monday.AddMinutes(1))).Level);
        return store;
    }

    private static bool RepeatSamePatterns(RiskEngine engine)
    {
        var first = engine.Observe(In("you're so mature for your age", Monday.AddDays(5)));
        var second = engine.Observe(In("do you have snapchat?", Monday.AddDays(5).AddMinutes(1)));
        return first.Notify || second.Notify;
    }

    [TestMethod]
    public void Observe_PageShowsTheSameMessagesAfterARestart_CountsTheirEvidenceOnce()
    {
        var store = new MemoryContactStore();
        var firstSession = Engine(store);
        firstSession.Observe(Keyed("you're cute", "m-1", Monday));
        firstSession.Observe(Keyed("ur cute lol", "m-2", Monday.AddMinutes(1)));
        var savesFirstSession = store.Saves;

        var reloaded = Engine(store);
        reloaded.Observe(Keyed("you're cute", "m-1", Monday.AddHours(12)));
        reloaded.Observe(Keyed("ur cute lol", "m-2", Monday.AddHours(12)));
        var savesAfterReload = store.Saves;
        reloaded.Observe(Keyed("you're cute", "m-3", Monday.AddHours(13)));

        Assert.AreEqual(2, savesFirstSession, "both messages carry evidence");
        Assert.AreEqual(2, savesAfterReload, "the messages shown again add nothing, so nothing is saved");
        Assert.AreEqual(3, store.Saves, "a new message with the same words is counted");
    }

    private static ObservedMessage Keyed(string text, string key, DateTimeOffset time) =>
        new("c-1", "alex", MessageDirection.Incoming, text, time, Key: key);

    [TestMethod]
    public void ForgetContact_AfterTheStoreWasCleared_StartsTheContactFresh()
    {
        var store = new MemoryContactStore();
        var engine = Engine(store);
        engine.Observe(In("you're so mature for your age", Monday));
        engine.Observe(In("do you have snapchat?", Monday.AddMinutes(1)));
        engine.Observe(In("hi", Monday.AddMinutes(1), contact: "sam"));

        store.Clear("alex");
        var forgotten = engine.ForgetContact("alex");
        var after = engine.Observe(In("do you have snapchat?", Monday.AddMinutes(2)));

        Assert.AreEqual(1, forgotten);
        Assert.AreEqual(RiskLevel.None, after.Level);
    }
}
