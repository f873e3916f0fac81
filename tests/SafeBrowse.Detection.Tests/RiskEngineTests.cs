namespace SafeBrowse.Detection.Tests;

[TestClass]
public sealed class RiskEngineTests
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 16, 0, 0, TimeSpan.Zero);

    private static ObservedMessage In(string text, DateTimeOffset time, string contact = "alex", string conversation = "c-1") =>
        new(conversation, contact, MessageDirection.Incoming, text, time);

    private static ObservedMessage Out(string text, DateTimeOffset time, string contact = "alex", string conversation = "c-1") =>
        new(conversation, contact, MessageDirection.Outgoing, text, time);

    [TestMethod]
    [DataRow("how old are you?")]
    [DataRow("send me a pic of you")]
    [DataRow("you're so pretty")]
    [DataRow("nos vemos")]
    [DataRow("no le digas a tus papas")]
    public void Observe_OneAmbiguousMessage_ReturnsNone(string text)
    {
        var engine = new RiskEngine(new LexiconScorer());

        var decision = engine.Observe(In(text, Monday));

        Assert.AreEqual(RiskLevel.None, decision.Level);
        Assert.IsFalse(decision.Notify);
        Assert.IsEmpty(decision.Categories);
    }

    [TestMethod]
    [DataRow("mi amor a que hora sales del colegio? te recojo a las 5")]
    [DataRow("how old are you? when do your parents get home? i'll pick you up")]
    public void Observe_OneMessageWithSeveralCategories_ReturnsNoneUntilASecondMessage(string text)
    {
        var engine = new RiskEngine(new LexiconScorer());

        var first = engine.Observe(In(text, Monday));
        var second = engine.Observe(In(text, Monday.AddMinutes(1)));

        Assert.AreEqual(RiskLevel.None, first.Level);
        Assert.AreEqual(RiskLevel.Alert, second.Level);
    }

    [TestMethod]
    public void Observe_TwoDistinctCategories_ReturnsNoticeAndNotifies()
    {
        var engine = new RiskEngine(new LexiconScorer());
        engine.Observe(In("you're so mature for your age", Monday));

        var decision = engine.Observe(In("do you have snapchat?", Monday.AddMinutes(1)));

        Assert.AreEqual(RiskLevel.Notice, decision.Level);
        Assert.IsTrue(decision.Notify);
        Assert.AreEqual("alex", decision.Contact);
        Assert.AreEqual("c-1", decision.Conversation);
    }

    [TestMethod]
    [DataRow("don't tell your parents", "send me a pic of you")]
    [DataRow("how old are you", "i'll pick you up after school")]
    [DataRow("what are you wearing", "turn on your cam")]
    [DataRow("cuantos años tienes", "te recojo a la salida")]
    [DataRow("esto es entre nosotros", "mandame una foto tuya")]
    public void Observe_DangerousPair_ReturnsAlertOnTheSecondSignal(string first, string second)
    {
        var engine = new RiskEngine(new LexiconScorer());
        Assert.AreEqual(RiskLevel.None, engine.Observe(In(first, Monday)).Level);

        var decision = engine.Observe(In(second, Monday.AddMinutes(3)));

        Assert.AreEqual(RiskLevel.Alert, decision.Level);
        Assert.IsTrue(decision.Notify);
    }

    [TestMethod]
    public void Observe_OneThreat_ReturnsAlert()
    {
        var engine = new RiskEngine(new LexiconScorer());

        var decision = engine.Observe(In("if you don't send more i'll post your pics", Monday));

        Assert.AreEqual(RiskLevel.Alert, decision.Level);
        Assert.AreEqual(DetectionCategories.Threats, decision.Categories[0]);
    }

    [TestMethod]
    public void Observe_RepeatedPhotoRequests_ReturnsNotice()
    {
        var engine = new RiskEngine(new LexiconScorer());
        engine.Observe(In("send me a pic of you", Monday));

        var decision = engine.Observe(In("mandame una foto tuya", Monday.AddMinutes(5)));

        Assert.AreEqual(RiskLevel.Notice, decision.Level);
        Assert.AreEqual(DetectionCategories.PhotoRequest, decision.Categories[0]);
    }

    [TestMethod]
    public void Observe_ModelProbabilityAlone_NeverRaisesANotice()
    {
        var engine = new RiskEngine(new FixedScorer(new MessageScore(1f, [])));

        var levels = Enumerable.Range(0, 200)
            .Select(index => engine.Observe(In("whatever", Monday.AddMinutes(index))).Level)
            .ToList();

        Assert.IsTrue(levels.All(level => level == RiskLevel.None));
    }

    [TestMethod]
    public void Observe_ModelProbability_AmplifiesWeakEvidence()
    {
        var options = new RiskOptions { ModelAmplification = 1.0 };
        var quiet = new RiskEngine(new LexiconWithProbability(0f), options);
        var amplified = new RiskEngine(new LexiconWithProbability(1f), options);
        quiet.Observe(In("how old are you", Monday));
        amplified.Observe(In("how old are you", Monday));

        var withoutModel = quiet.Observe(In("lets meet", Monday.AddMinutes(1)));
        var withModel = amplified.Observe(In("lets meet", Monday.AddMinutes(1)));

        Assert.AreEqual(RiskLevel.None, withoutModel.Level);
        Assert.AreEqual(RiskLevel.Alert, withModel.Level);
    }

    [TestMethod]
    public void Observe_OutgoingMessages_NeverRaiseRisk()
    {
        var engine = new RiskEngine(new LexiconScorer());

        var levels = Enumerable.Range(0, 20)
            .Select(index => engine.Observe(Out("how old are you? send me a pic of you, don't tell your parents", Monday.AddMinutes(index))).Level)
            .ToList();

        Assert.IsTrue(levels.All(level => level == RiskLevel.None));
    }

    [TestMethod]
    public void Observe_ChildStatedAge_MakesALaterMeetingProposalCount()
    {
        var options = new RiskOptions { MinorContextBoost = 2.0 };
        var told = new RiskEngine(new LexiconScorer(), options);
        var untold = new RiskEngine(new LexiconScorer(), options);
        told.Observe(Out("tengo 12 años", Monday));
        told.Observe(In("en que colegio estudias", Monday.AddMinutes(1)));
        untold.Observe(In("en que colegio estudias", Monday.AddMinutes(1)));

        var withAge = told.Observe(In("nos vemos", Monday.AddMinutes(2)));
        var withoutAge = untold.Observe(In("nos vemos", Monday.AddMinutes(2)));

        Assert.AreEqual(RiskLevel.Alert, withAge.Level);
        Assert.AreEqual(RiskLevel.None, withoutAge.Level);
    }

    [TestMethod]
    public void Observe_SignalsSpreadOverWeeks_DecayAndStayNone()
    {
        var engine = new RiskEngine(new LexiconScorer());
        engine.Observe(In("how old are you", Monday));

        var decision = engine.Observe(In("you're so mature for your age", Monday.AddDays(21)));

        Assert.AreEqual(RiskLevel.None, decision.Level);
    }

    [TestMethod]
    public void Observe_SignalsOnConsecutiveDays_StillAccumulate()
    {
        var engine = new RiskEngine(new LexiconScorer());
        engine.Observe(In("how old are you", Monday));
        engine.Observe(In("what school do you go to", Monday.AddDays(1)));

        var decision = engine.Observe(In("you're so mature for your age", Monday.AddDays(2)));

        Assert.AreEqual(RiskLevel.Notice, decision.Level);
    }

    [TestMethod]
    public void Observe_RaisedLevelDecays_BackToNoneAfterWeeks()
    {
        var engine = new RiskEngine(new LexiconScorer());
        engine.Observe(In("how old are you", Monday));
        Assert.AreEqual(RiskLevel.Notice, engine.Observe(In("you're so mature for your age", Monday.AddMinutes(1))).Level);

        var later = engine.Observe(In("hi", Monday.AddDays(30)));

        Assert.AreEqual(RiskLevel.None, later.Level);
    }

    [TestMethod]
    public void Observe_SameLevelAgain_DoesNotNotifyTwice()
    {
        var engine = new RiskEngine(new LexiconScorer());
        engine.Observe(In("how old are you", Monday));
        var first = engine.Observe(In("you're so mature for your age", Monday.AddMinutes(1)));

        var second = engine.Observe(In("you're so mature for your age", Monday.AddMinutes(2)));

        Assert.IsTrue(first.Notify);
        Assert.AreEqual(RiskLevel.Notice, second.Level);
        Assert.IsFalse(second.Notify);
    }

    [TestMethod]
    [DataRow(2, false)]
    [DataRow(25, true)]
    public void Observe_NewCategoryAtSameLevel_NotifiesOnlyAfterDamping(int hoursLater, bool expectedNotify)
    {
        var engine = new RiskEngine(new LexiconScorer());
        engine.Observe(In("how old are you", Monday));
        Assert.IsTrue(engine.Observe(In("you're so mature for your age", Monday.AddMinutes(1))).Notify);

        var decision = engine.Observe(In("do you have snapchat", Monday.AddHours(hoursLater)));

        Assert.AreEqual(RiskLevel.Notice, decision.Level);
        Assert.AreEqual(expectedNotify, decision.Notify);
        Assert.Contains(DetectionCategories.PrivateChannel, decision.Categories);
    }

    [TestMethod]
    public void Observe_RiseFromNoticeToAlert_NotifiesAgain()
    {
        var engine = new RiskEngine(new LexiconScorer());
        engine.Observe(In("how old are you", Monday));
        var notice = engine.Observe(In("you're so mature for your age", Monday.AddMinutes(1)));

        var alert = engine.Observe(In("i'll pick you up after school", Monday.AddMinutes(2)));

        Assert.IsTrue(notice.Notify);
        Assert.AreEqual(RiskLevel.Alert, alert.Level);
        Assert.IsTrue(alert.Notify);
    }

    [TestMethod]
    public void Observe_GroupChat_DecidesForTheRiskiestContact()
    {
        var engine = new RiskEngine(new LexiconScorer());
        engine.Observe(In("how old are you", Monday, contact: "stranger"));
        engine.Observe(In("i'll pick you up after school", Monday.AddMinutes(1), contact: "stranger"));

        var decision = engine.Observe(In("lol that game was sick", Monday.AddMinutes(2), contact: "classmate"));

        Assert.AreEqual("stranger", decision.Contact);
        Assert.AreEqual(RiskLevel.Alert, decision.Level);
        Assert.IsFalse(decision.Notify);
    }

    [TestMethod]
    public void Observe_ContactsInOtherConversations_AreTrackedSeparately()
    {
        var engine = new RiskEngine(new LexiconScorer());
        engine.Observe(In("how old are you", Monday, conversation: "a"));

        var decision = engine.Observe(In("you're so mature for your age", Monday.AddMinutes(1), conversation: "b"));

        Assert.AreEqual(RiskLevel.None, decision.Level);
    }

    [TestMethod]
    public void Observe_MoreContactsThanTheBound_EvictsTheLeastRecentlySeen()
    {
        var engine = new RiskEngine(new LexiconScorer(), new RiskOptions { MaxTrackedContacts = 3 });
        engine.Observe(In("how old are you", Monday, contact: "first"));
        for (var index = 0; index < 5; index++)
        {
            engine.Observe(In("hi", Monday.AddMinutes(index + 1), contact: $"other-{index}"));
        }

        var decision = engine.Observe(In("you're so mature for your age", Monday.AddMinutes(10), contact: "first"));

        Assert.AreEqual(3, engine.TrackedContacts);
        Assert.AreEqual(RiskLevel.None, decision.Level);
    }

    [TestMethod]
    public void Observe_GroupMemberInTheMiddleEvicted_TheConversationIsDecidedByTheMembersLeft()
    {
        var engine = new RiskEngine(new LexiconScorer(), new RiskOptions { MaxTrackedContacts = 3 });
        engine.Observe(In("hi", Monday, contact: "a", conversation: "group"));
        engine.Observe(In("how old are you", Monday.AddMinutes(1), contact: "b", conversation: "group"));
        var fromB = engine.Observe(In("you're so mature for your age", Monday.AddMinutes(2), contact: "b", conversation: "group"));
        engine.Observe(In("hi", Monday.AddMinutes(3), contact: "c", conversation: "group"));
        engine.Observe(In("hi", Monday.AddMinutes(4), contact: "a", conversation: "group"));
        engine.Observe(In("hi", Monday.AddMinutes(5), contact: "d", conversation: "other"));

        var withoutB = engine.Observe(In("hi", Monday.AddMinutes(6), contact: "a", conversation: "group"));
        engine.Observe(In("how old are you", Monday.AddMinutes(7), contact: "c", conversation: "group"));
        engine.Observe(In("you're so mature for your age", Monday.AddMinutes(8), contact: "c", conversation: "group"));
        var afterC = engine.Observe(In("hi", Monday.AddMinutes(9), contact: "a", conversation: "group"));

        Assert.AreEqual(RiskLevel.Notice, fromB.Level);
        Assert.AreEqual(RiskLevel.None, withoutB.Level);
        Assert.AreEqual(RiskLevel.Notice, afterC.Level);
        Assert.AreEqual("c", afterC.Contact);
    }

    [TestMethod]
    public void Observe_ManyThreads_KeepsStateConsistent()
    {
        var engine = new RiskEngine(new LexiconScorer());

        Parallel.For(0, 400, index =>
        {
            var contact = $"contact-{index % 40}";
            engine.Observe(In("how old are you", Monday.AddSeconds(index), contact));
            engine.Observe(In("you're so mature for your age", Monday.AddSeconds(index), contact));
        });

        Assert.AreEqual(40, engine.TrackedContacts);
        Assert.AreEqual(RiskLevel.Notice, engine.Observe(In("hi", Monday.AddMinutes(10), "contact-7")).Level);
    }

    [TestMethod]
    public void Constructor_InvalidOptions_Throws()
    {
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => new RiskEngine(new LexiconScorer(), new RiskOptions { MaxTrackedContacts = 0 }));
    }
}
