namespace SafeBrowse.Detection.Tests;

[TestClass]
public sealed class DismissedNoticeTests
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 16, 0, 0, TimeSpan.Zero);

    private static ObservedMessage In(string text, DateTimeOffset time) =>
        new("c-1", "alex", MessageDirection.Incoming, text, time);

    private static RiskEngine EngineAtNotice()
    {
        var engine = new RiskEngine(new LexiconScorer());
        engine.Observe(In("you're so mature for your age", Monday));
        var notice = engine.Observe(In("do you have snapchat?", Monday.AddMinutes(1)));
        Assert.AreEqual(RiskLevel.Notice, notice.Level);
        return engine;
    }

    [TestMethod]
    public void DismissNotice_SamePatternsAfterDampingEnds_DoesNotNotifyAgain()
    {
        var dismissedEngine = EngineAtNotice();
        var controlEngine = EngineAtNotice();

        var dismissed = dismissedEngine.DismissNotice("c-1", "alex", [DetectionCategories.Flattery, DetectionCategories.PrivateChannel]);
        var afterDismissal = RepeatSamePatterns(dismissedEngine);
        var control = RepeatSamePatterns(controlEngine);

        Assert.IsTrue(dismissed);
        Assert.IsTrue(control, "without the dismissal the same messages notify again");
        Assert.IsFalse(afterDismissal);
    }

    private static bool RepeatSamePatterns(RiskEngine engine)
    {
        var notified = false;
        for (var minute = 0; minute < 4; minute++)
        {
            var text = minute % 2 == 0 ? "you're so mature for your age" : "do you have snapchat?";
            notified |= engine.Observe(In(text, Monday.AddDays(5).AddMinutes(minute))).Notify;
        }

        return notified;
    }

    [TestMethod]
    public void DismissNotice_ThenANewPattern_NotifiesAgain()
    {
        var engine = EngineAtNotice();
        engine.DismissNotice("c-1", "alex", [DetectionCategories.Flattery, DetectionCategories.PrivateChannel]);

        var first = engine.Observe(In("don't tell your parents", Monday.AddDays(2)));
        var second = engine.Observe(In("send me a pic of you", Monday.AddDays(2).AddMinutes(1)));

        Assert.IsTrue(first.Notify || second.Notify, $"{first.Level} {string.Join(",", first.Categories)} {second.Level} {string.Join(",", second.Categories)}");
        CollectionAssert.Contains(second.Categories.ToList(), DetectionCategories.Secrecy);
    }

    [TestMethod]
    public void DismissNotice_Alert_QuietsNothingAndTheContactGoingOnIsNotifiedAgain()
    {
        var engine = new RiskEngine(new LexiconScorer());
        engine.Observe(In("don't tell your parents", Monday));
        var alert = engine.Observe(In("send me a pic of you", Monday.AddMinutes(1)));

        var quieted = engine.DismissNotice("c-1", "alex", alert.Categories);
        var goesOn = engine.Observe(In("send me a pic of you", Monday.AddHours(25)));

        Assert.AreEqual(RiskLevel.Alert, alert.Level);
        Assert.IsFalse(quieted);
        Assert.AreEqual(RiskLevel.Alert, goesOn.Level);
        Assert.IsTrue(goesOn.Notify);
    }

    [TestMethod]
    [DataRow("send me a pic of you", DetectionCategories.PhotoRequest)]
    public void DismissNotice_NoticeAboutASeriousPattern_QuietsNothing(string text, string category)
    {
        var engine = new RiskEngine(new LexiconScorer());
        engine.Observe(In(text, Monday));
        var notice = engine.Observe(In(text, Monday.AddMinutes(1)));

        var quieted = engine.DismissNotice("c-1", "alex", notice.Categories);
        var goesOn = engine.Observe(In(text, Monday.AddDays(2)));

        Assert.AreEqual(RiskLevel.Notice, notice.Level);
        CollectionAssert.Contains(notice.Categories.ToList(), category);
        Assert.IsFalse(quieted);
        Assert.IsTrue(goesOn.Notify);
        CollectionAssert.Contains(goesOn.Categories.ToList(), category);
    }

    [TestMethod]
    public void DismissNotice_MildNoticeThenASeriousPattern_EscalatesAndNotifies()
    {
        var engine = EngineAtNotice();
        var quieted = engine.DismissNotice("c-1", "alex", [DetectionCategories.Flattery, DetectionCategories.PrivateChannel]);

        engine.Observe(In("don't tell your parents", Monday.AddHours(1)));
        var meeting = engine.Observe(In("lets meet this weekend, i can pick you up", Monday.AddHours(2)));

        Assert.IsTrue(quieted);
        Assert.AreEqual(RiskLevel.Alert, meeting.Level, string.Join(",", meeting.Categories));
        Assert.IsTrue(meeting.Notify);
    }

    [TestMethod]
    public void SeriousPatterns_Categories_AreTheOnesTheIssueNames()
    {
        CollectionAssert.AreEquivalent(
            new[] { DetectionCategories.Threats, DetectionCategories.SexualTalk, DetectionCategories.PhotoRequest, DetectionCategories.Meeting },
            SeriousPatterns.Categories.ToList());
    }

    [TestMethod]
    public void DismissNotice_UnknownContact_ReturnsFalse()
    {
        var engine = new RiskEngine(new LexiconScorer());

        Assert.IsFalse(engine.DismissNotice("c-1", "nobody", [DetectionCategories.Secrecy]));
    }

    [TestMethod]
    public void UseOptions_HigherPresenceThreshold_NeedsMoreEvidence()
    {
        var engine = new RiskEngine(new LexiconScorer());
        engine.UseOptions(new RiskOptions { PresenceThreshold = 3.5 });

        engine.Observe(In("you're so mature for your age", Monday));
        var decision = engine.Observe(In("do you have snapchat?", Monday.AddMinutes(1)));

        Assert.AreEqual(RiskLevel.None, decision.Level);
    }
}
