namespace SafeBrowse.Detection.Tests;

[TestClass]
public sealed class HistoryContextTests
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 16, 0, 0, TimeSpan.Zero);

    private static ObservedMessage Older(string text, int minute) =>
        new("c-1", "alex", MessageDirection.Incoming, text, Monday.AddMinutes(minute), IsHistory: true);

    private static ObservedMessage Live(string text, int minute) =>
        new("c-1", "alex", MessageDirection.Incoming, text, Monday.AddMinutes(minute));

    [TestMethod]
    public void Observe_GroomingOnlyInHistory_RaisesTheLevelWithoutNotifying()
    {
        var engine = new RiskEngine(new LexiconScorer());

        engine.Observe(Older("you're so mature for your age", 0));
        var decision = engine.Observe(Older("do you have snapchat?", 1));

        Assert.AreEqual(RiskLevel.Notice, decision.Level);
        Assert.IsFalse(decision.Notify);
    }

    [TestMethod]
    public void Observe_LiveMessageAfterGroomingHistory_NotifiesWithTheHistoryCounted()
    {
        var engine = new RiskEngine(new LexiconScorer());
        engine.Observe(Older("you're so mature for your age", 0));
        engine.Observe(Older("do you have snapchat?", 1));

        var decision = engine.Observe(Live("haha ok", 2));

        Assert.AreEqual(RiskLevel.Notice, decision.Level);
        Assert.IsTrue(decision.Notify);
        CollectionAssert.Contains(decision.Categories.ToList(), DetectionCategories.PrivateChannel);
    }

    [TestMethod]
    public void Observe_HistoryLoadedAfterANotice_DoesNotNotifyAgain()
    {
        var engine = new RiskEngine(new LexiconScorer());
        engine.Observe(Live("you're so mature for your age", 0));
        Assert.IsTrue(engine.Observe(Live("do you have snapchat?", 1)).Notify);

        var decision = engine.Observe(Older("don't tell your parents about us", -30));

        Assert.IsFalse(decision.Notify);
        Assert.AreNotEqual(RiskLevel.None, decision.Level);
    }
}
