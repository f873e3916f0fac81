namespace SafeBrowse.Detection.Tests;

/// <summary>Teenagers compliment, swear, ask where each other live and swap usernames: that alone is not a pattern.</summary>
[TestClass]
public sealed class PeerTalkTests
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 16, 0, 0, TimeSpan.Zero);

    private static RiskLevel Replay(params string[] incoming)
    {
        var engine = new RiskEngine(new LexiconScorer());
        var level = RiskLevel.None;
        for (var index = 0; index < incoming.Length; index++)
        {
            level = engine.Observe(new ObservedMessage("c-1", "sam", MessageDirection.Incoming, incoming[index], Monday.AddMinutes(index))).Level;
        }

        return level;
    }

    [TestMethod]
    public void Observe_ComplimentsAndUsernamesRepeated_StaysNone()
    {
        var level = Replay(
            "ur so cute lol",
            "whats your snapchat",
            "you're really pretty",
            "add me on instagram too",
            "you look amazing in that pic");

        Assert.AreEqual(RiskLevel.None, level);
    }

    [TestMethod]
    public void Observe_CrudeTalkAndWhereYouLive_StaysNone()
    {
        var level = Replay("have you ever made out lmao", "where are you from", "that party was sexy af", "where do you live");

        Assert.AreEqual(RiskLevel.None, level);
    }

    [TestMethod]
    public void Observe_MaturityFlatteryAndAnotherApp_RaisesNotice()
    {
        var level = Replay("you're so mature for your age", "do you have snapchat?");

        Assert.AreEqual(RiskLevel.Notice, level);
    }

    [TestMethod]
    public void Observe_CrudeTalkThenAskingToKeepItSecret_RaisesAlert()
    {
        var level = Replay("have you ever made out", "dont tell your parents about us");

        Assert.AreEqual(RiskLevel.Alert, level);
    }

    [TestMethod]
    public void Observe_IfYouTellMeThenIllTellYou_IsNotAThreat()
    {
        var level = Replay("if you tell me who you are then ill tell you");

        Assert.AreEqual(RiskLevel.None, level);
    }
}
