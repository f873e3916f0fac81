namespace SafeBrowse.Detection.Tests;

/// <summary>The hand-written chats again, with the committed message model and the committed sequence model.</summary>
[TestClass]
public sealed class CourseScenarioTests
{
    private static readonly Lazy<SequenceModel> Committed = new(() =>
        SequenceModel.Parse(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Model", SequenceModel.FileName)))
            ?? throw new InvalidDataException("the committed sequence model does not load"));

    private static List<ConversationDecision> Play(IReadOnlyList<ChatLine> lines, SequenceModel? sequence)
    {
        var engine = new RiskEngine(TestScorers.Get("model"), sequence: sequence);
        return [.. lines.Select((line, index) => engine.Observe(new ObservedMessage(
            "chat-1",
            "contact-1",
            line.FromContact ? MessageDirection.Incoming : MessageDirection.Outgoing,
            line.Text,
            ChatReplayer.Start.AddMinutes(2 * index))))];
    }

    public static IEnumerable<object[]> Benign =>
    [
        ["en", BenignChats.English],
        ["es", BenignChats.Spanish],
        ["es-class-group", BenignChats.SpanishClassGroup],
    ];

    [TestMethod]
    [DynamicData(nameof(GroomingChats.All), typeof(GroomingChats))]
    public void Observe_GroomingChatWithCourse_NoticesNoLaterThanRulesAloneAndNotDuringSmallTalk(GroomingScript script)
    {
        var rules = ChatReplayer.FirstAt(Play(script.Lines, sequence: null), RiskLevel.Notice);
        var course = ChatReplayer.FirstAt(Play(script.Lines, Committed.Value), RiskLevel.Notice);

        Assert.IsNotNull(rules, $"{script.Name}: no notice from the rules");
        Assert.IsNotNull(course, $"{script.Name}: no notice with the course");
        Assert.IsLessThanOrEqualTo(rules.Value, course.Value, $"{script.Name}: the course came later");
        Assert.IsGreaterThan(script.QuietThrough, course.Value, $"{script.Name}: notice during small talk");
    }

    [TestMethod]
    [DynamicData(nameof(Benign))]
    public void Observe_BenignChatWithCourse_StaysNone(string name, IReadOnlyList<ChatLine> lines)
    {
        var decisions = Play(lines, Committed.Value);

        Assert.IsGreaterThanOrEqualTo(20, decisions.Count);
        Assert.IsTrue(decisions.All(decision => decision.Level == RiskLevel.None), $"{name}: raised");
    }
}
