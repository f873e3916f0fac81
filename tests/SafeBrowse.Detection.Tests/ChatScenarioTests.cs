namespace SafeBrowse.Detection.Tests;

[TestClass]
public sealed class ChatScenarioTests
{
    public static IEnumerable<object[]> GroomingWithScorers =>
        GroomingChats.All.SelectMany(row => new[] { new[] { row[0], "lexicon" }, new[] { row[0], "model" } });

    [TestMethod]
    [DynamicData(nameof(GroomingWithScorers))]
    public void Observe_GroomingChat_StaysQuietThroughSmallTalkThenWarnsEarly(GroomingScript script, string scorer)
    {
        var decisions = ChatReplayer.Play(TestScorers.Get(scorer), script.Lines);

        var firstNotice = ChatReplayer.FirstAt(decisions, RiskLevel.Notice);
        var firstAlert = ChatReplayer.FirstAt(decisions, RiskLevel.Alert);
        Assert.IsNotNull(firstNotice, $"{script.Name}: no notice");
        Assert.IsNotNull(firstAlert, $"{script.Name}: no alert");
        Assert.IsGreaterThan(script.QuietThrough, firstNotice.Value, $"{script.Name}: notice during small talk");
        Assert.IsLessThanOrEqualTo(script.NoticeBy, firstNotice.Value, $"{script.Name}: notice too late");
        Assert.IsLessThanOrEqualTo(script.AlertBy, firstAlert.Value, $"{script.Name}: alert too late");
        Assert.IsTrue(decisions[firstNotice.Value - 1].Notify, $"{script.Name}: the first notice must notify");
    }

    [TestMethod]
    [DataRow("lexicon")]
    [DataRow("model")]
    public void Observe_BenignEnglishChat_StaysNone(string scorer)
    {
        var decisions = ChatReplayer.Play(TestScorers.Get(scorer), BenignChats.English);

        Assert.IsGreaterThanOrEqualTo(20, decisions.Count);
        Assert.IsTrue(decisions.All(decision => decision.Level == RiskLevel.None && !decision.Notify));
    }

    [TestMethod]
    [DataRow("lexicon")]
    [DataRow("model")]
    public void Observe_BenignColombianChat_StaysNone(string scorer)
    {
        var decisions = ChatReplayer.Play(TestScorers.Get(scorer), BenignChats.Spanish);

        Assert.IsGreaterThanOrEqualTo(20, decisions.Count);
        Assert.IsTrue(decisions.All(decision => decision.Level == RiskLevel.None && !decision.Notify));
    }

    [TestMethod]
    [DataRow("lexicon")]
    [DataRow("model")]
    public void Observe_ColombianClassGroupChat_StaysNone(string scorer)
    {
        var decisions = ChatReplayer.Play(TestScorers.Get(scorer), BenignChats.SpanishClassGroup);

        Assert.IsGreaterThanOrEqualTo(20, decisions.Count);
        Assert.IsTrue(decisions.All(decision => decision.Level == RiskLevel.None && !decision.Notify));
    }

    [TestMethod]
    public void Observe_GroomingChat_NamesThePatternsStrongestFirst()
    {
        var decisions = ChatReplayer.Play(new LexiconScorer(), GroomingChats.SpanishFreeFire.Lines);

        var last = decisions[^1];
        Assert.AreEqual(RiskLevel.Alert, last.Level);
        Assert.Contains(DetectionCategories.Meeting, last.Categories);
        Assert.Contains(DetectionCategories.PersonalInfo, last.Categories);
        Assert.AreEqual(DetectionCategories.PersonalInfo, last.Categories[0]);
    }
}
