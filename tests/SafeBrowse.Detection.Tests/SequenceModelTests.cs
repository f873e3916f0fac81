using System.Text;
using System.Text.Json;

namespace SafeBrowse.Detection.Tests;

[TestClass]
public sealed class SequenceModelTests
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 16, 0, 0, TimeSpan.Zero);

    private static SequenceModelFile File(float bias, double notice = 0.9, double alert = 0.99, IReadOnlyList<string>? features = null) =>
        new("test", features ?? CourseFeatures.Names, new float[CourseFeatures.Count], bias, notice, alert);

    private static SequenceModel Model(float bias) => SequenceModel.FromFile(File(bias))!;

    private static ObservedMessage In(string text, DateTimeOffset time) => new("c-1", "alex", MessageDirection.Incoming, text, time);

    [TestMethod]
    public void Parse_WrittenFile_ReadsTheThresholds()
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(File(-1f, 0.7, 0.95), SequenceModelJsonContext.Default.SequenceModelFile);

        var model = SequenceModel.Parse(json);

        Assert.IsNotNull(model);
        Assert.AreEqual(0.7, model.NoticeThreshold);
        Assert.AreEqual(0.95, model.AlertThreshold);
        Assert.AreEqual("test", model.Version);
    }

    [TestMethod]
    [DataRow("not json")]
    [DataRow("{}")]
    [DataRow("{\"version\":\"x\",\"features\":[\"contact_messages\"],\"weights\":[1],\"bias\":0,\"noticeThreshold\":0.5,\"alertThreshold\":0.9}")]
    public void Parse_DamagedOrOtherFeatures_ReturnsNull(string json)
    {
        Assert.IsNull(SequenceModel.Parse(Encoding.UTF8.GetBytes(json)));
    }

    [TestMethod]
    public void FromFile_FeaturesInAnotherOrder_ReturnsNull()
    {
        var shuffled = CourseFeatures.Names.Reverse().ToArray();

        Assert.IsNull(SequenceModel.FromFile(File(0f, features: shuffled)));
    }

    [TestMethod]
    [DataRow(0.9, 0.5)]
    [DataRow(0.0, 0.5)]
    [DataRow(0.5, 1.5)]
    public void FromFile_ThresholdsOutOfOrderOrRange_ReturnsNull(double notice, double alert)
    {
        Assert.IsNull(SequenceModel.FromFile(File(0f, notice, alert)));
    }

    [TestMethod]
    public void Probability_WeightedFeature_IsTheLogisticOfTheDotProduct()
    {
        var weights = new float[CourseFeatures.Count];
        weights[0] = 2f;
        var model = SequenceModel.FromFile(new SequenceModelFile("test", CourseFeatures.Names, weights, -1f, 0.5, 0.9))!;
        var features = new float[CourseFeatures.Count];
        features[0] = 1f;

        Assert.AreEqual(1 / (1 + Math.Exp(-1)), model.Probability(features), 1e-6);
        Assert.AreEqual(RiskLevel.Notice, model.LevelFor(0.6));
        Assert.AreEqual(RiskLevel.Alert, model.LevelFor(0.9));
        Assert.AreEqual(RiskLevel.None, model.LevelFor(0.4));
    }

    private static ObservedMessage Out(string text, DateTimeOffset time) => new("c-1", "alex", MessageDirection.Outgoing, text, time);

    private static ConversationDecision Play(RiskEngine engine, string childSays, params string[] contactSays)
    {
        engine.Observe(Out(childSays, Monday));
        return contactSays.Select((text, index) => engine.Observe(In(text, Monday.AddMinutes(index + 1)))).Last();
    }

    [TestMethod]
    public void Observe_CourseReadsGroomingWhereRulesSeeNothing_RaisesTheLevel()
    {
        string[] chat = ["where do you live", "what school do you go to"];

        var rules = Play(new RiskEngine(new LexiconScorer()), "im 13", chat);
        var course = Play(new RiskEngine(new LexiconScorer(), sequence: Model(3f)), "im 13", chat);

        Assert.AreEqual(RiskLevel.None, rules.Level);
        Assert.AreEqual(RiskLevel.Notice, course.Level);
        Assert.IsTrue(course.Notify);
        Assert.IsNotEmpty(course.Categories);
    }

    [TestMethod]
    public void Observe_ChildsReplyWouldRaiseTheCourse_RaisedAtTheContactsNextMessageAndNotified()
    {
        var weights = new float[CourseFeatures.Count];
        weights[CourseFeatures.Names.ToList().IndexOf("child_minor")] = 20f;
        var model = SequenceModel.FromFile(new SequenceModelFile("test", CourseFeatures.Names, weights, -10f, 0.5, 0.9))!;
        var engine = new RiskEngine(new LexiconScorer(), sequence: model);

        engine.Observe(In("you're so mature for your age", Monday));
        var secret = engine.Observe(In("don't tell your parents", Monday.AddMinutes(1)));
        var reply = engine.Observe(Out("im 13", Monday.AddMinutes(2)));
        var next = engine.Observe(In("ok cool", Monday.AddMinutes(3)));

        Assert.AreEqual(RiskLevel.Notice, secret.Level);
        Assert.IsTrue(secret.Notify);
        Assert.AreEqual(RiskLevel.Notice, reply.Level);
        Assert.AreEqual(RiskLevel.Alert, next.Level);
        Assert.IsTrue(next.Notify);
    }

    [TestMethod]
    public void Observe_PeerTalkWithoutAges_CourseStaysQuiet()
    {
        var decision = Play(new RiskEngine(new LexiconScorer(), sequence: Model(10f)), "lol", "where do you live", "what school do you go to");

        Assert.AreEqual(RiskLevel.None, decision.Level);
    }

    [TestMethod]
    public void Observe_CourseReadsGroomingWhereRulesSeeNothing_RaisesOneLevelAtMost()
    {
        var decision = Play(new RiskEngine(new LexiconScorer(), sequence: Model(10f)), "im 13", "where do you live", "what school do you go to");

        Assert.AreEqual(RiskLevel.Notice, decision.Level);
    }

    [TestMethod]
    public void Observe_CourseGivenWhenAsked_IsAskedAtTheFirstMessageAndDecidesAsOneGivenAtOnce()
    {
        var asked = 0;
        var engine = new RiskEngine(new LexiconScorer(), () =>
        {
            asked++;
            return Model(10f);
        });
        var askedBeforeAnyMessage = asked;

        var decision = Play(engine, "im 13", "where do you live", "what school do you go to");

        Assert.AreEqual(0, askedBeforeAnyMessage);
        Assert.IsGreaterThan(0, asked);
        Assert.AreEqual(RiskLevel.Notice, decision.Level);
    }

    [TestMethod]
    public void Observe_OneMessageOfEvidence_CourseStaysQuiet()
    {
        var engine = new RiskEngine(new LexiconScorer(), sequence: Model(10f));

        var decision = engine.Observe(In("where do you live", Monday));
        var plain = engine.Observe(In("lol ok", Monday.AddMinutes(1)));

        Assert.AreEqual(RiskLevel.None, decision.Level);
        Assert.AreEqual(RiskLevel.None, plain.Level);
    }

    [TestMethod]
    public void Observe_CourseReadsBenignWhereRulesAlert_KeepsTheAlert()
    {
        var engine = new RiskEngine(new LexiconScorer(), sequence: Model(-20f));
        string[] chat = ["don't tell your parents about us", "send me a pic of you"];

        var decision = chat.Select((text, index) => engine.Observe(In(text, Monday.AddMinutes(index)))).Last();

        Assert.AreEqual(RiskLevel.Alert, decision.Level);
    }

    [TestMethod]
    public void Observe_MessagesLateAtNight_CountOnlyWhenTimesAreReal()
    {
        var lateNight = new DateTimeOffset(new DateTime(2026, 3, 2, 23, 30, 0, DateTimeKind.Local));
        var index = CourseFeatures.Names.ToList().IndexOf("late_night_share");
        var live = new RiskEngine(new LexiconScorer());
        var replayed = new RiskEngine(new LexiconScorer(), new RiskOptions { MessageTimesAreReal = false });
        var liveFeatures = new float[CourseFeatures.Count];
        var replayedFeatures = new float[CourseFeatures.Count];

        live.Observe(In("hey", lateNight));
        replayed.Observe(In("hey", lateNight));

        Assert.IsGreaterThanOrEqualTo(0, index);
        Assert.IsFalse(live.TryReadCourse("c-1", "alex", liveFeatures));
        replayed.TryReadCourse("c-1", "alex", replayedFeatures);
        Assert.AreEqual(1f, liveFeatures[index]);
        Assert.AreEqual(0f, replayedFeatures[index]);
    }

    [TestMethod]
    public void Parse_CommittedModel_LoadsAndFitsTheFeatures()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Model", SequenceModel.FileName);

        var model = SequenceModel.Parse(System.IO.File.ReadAllBytes(path));

        Assert.IsNotNull(model);
        Assert.IsLessThan(model.AlertThreshold + 1e-9, model.NoticeThreshold);
    }
}
