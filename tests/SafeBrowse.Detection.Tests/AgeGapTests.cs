namespace SafeBrowse.Detection.Tests;

[TestClass]
public sealed class AgeGapTests
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 16, 0, 0, TimeSpan.Zero);

    private static ObservedMessage In(string text, int minute) =>
        new("c-1", "alex", MessageDirection.Incoming, text, Monday.AddMinutes(minute));

    private static ObservedMessage Out(string text, int minute) =>
        new("c-1", "alex", MessageDirection.Outgoing, text, Monday.AddMinutes(minute));

    [TestMethod]
    [DataRow("asl", "13/f/tx", "27/m/houston")]
    [DataRow("how old are you?", "13", "cool im 27 m")]
    [DataRow("how old r u", "im 12", "im 31 lol")]
    [DataRow("cuantos años tienes?", "tengo 12", "yo tengo 28 años")]
    [DataRow("y tu edad?", "13", "soy un man de 25")]
    public void Observe_AdultAndMinorAgesStated_RaisesNoticeNamingAgeGap(string question, string childAnswer, string contactAge)
    {
        var engine = new RiskEngine(new LexiconScorer());
        engine.Observe(In(question, 0));
        engine.Observe(Out(childAnswer, 1));

        var decision = engine.Observe(In(contactAge, 2));

        Assert.AreEqual(RiskLevel.Notice, decision.Level);
        Assert.AreEqual(DetectionCategories.AgeGap, decision.Categories[0]);
        Assert.IsTrue(decision.Notify);
    }

    [TestMethod]
    public void Observe_AdultAgeStatedBeforeChildAnswers_RaisesNoticeOnTheChildsAnswer()
    {
        var engine = new RiskEngine(new LexiconScorer());
        engine.Observe(In("im 24 m from long beach, how old are you?", 0));

        var decision = engine.Observe(Out("13", 1));

        Assert.AreEqual(RiskLevel.Notice, decision.Level);
        CollectionAssert.Contains(decision.Categories.ToList(), DetectionCategories.AgeGap);
    }

    [TestMethod]
    public void Observe_AgeGapThenSexualTalk_RaisesAlert()
    {
        var engine = new RiskEngine(new LexiconScorer());
        engine.Observe(In("asl", 0));
        engine.Observe(Out("13 f", 1));
        engine.Observe(In("27 m", 2));

        var decision = engine.Observe(In("have you ever made out with someone?", 3));

        Assert.AreEqual(RiskLevel.Alert, decision.Level);
    }

    [TestMethod]
    public void Observe_BareNumberWithoutAnAgeQuestion_IsNotAnAge()
    {
        var engine = new RiskEngine(new LexiconScorer());
        engine.Observe(In("how many goals did you score", 0));
        engine.Observe(Out("13", 1));

        var decision = engine.Observe(In("im 27 and still bad at football lol", 2));

        Assert.AreEqual(RiskLevel.None, decision.Level);
    }

    [TestMethod]
    public void Observe_AdultAgeWithoutTheChildsAge_StaysNone()
    {
        var engine = new RiskEngine(new LexiconScorer());

        engine.Observe(In("im 35 m", 0));
        var decision = engine.Observe(In("my brother is 40", 1));

        Assert.AreEqual(RiskLevel.None, decision.Level);
    }

    [TestMethod]
    public void Observe_TwoTeensSayingTheirAges_StaysNone()
    {
        var engine = new RiskEngine(new LexiconScorer());
        engine.Observe(In("how old are you", 0));
        engine.Observe(Out("13", 1));

        var decision = engine.Observe(In("im 14 lol, what school do you go to", 2));

        Assert.AreEqual(RiskLevel.None, decision.Level);
    }

    [TestMethod]
    [DataRow("age is just a number")]
    [DataRow("la edad es solo un numero")]
    public void Observe_OneAgeGapPhrase_StaysNoneUntilASecondSignal(string text)
    {
        var engine = new RiskEngine(new LexiconScorer());

        var first = engine.Observe(In(text, 0));
        var second = engine.Observe(In("do you like older guys?", 1));

        Assert.AreEqual(RiskLevel.None, first.Level);
        Assert.AreEqual(RiskLevel.Notice, second.Level);
    }
}
