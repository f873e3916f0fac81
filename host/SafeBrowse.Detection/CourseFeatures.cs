namespace SafeBrowse.Detection;

/// <summary>
/// The inputs of <see cref="SequenceModel"/>: the course of the conversation and the category evidence now, each
/// scaled to about 0–1 so a plain logistic regression weighs them without a normaliser. The order of
/// <see cref="Names"/> is the order of the model's weights; a model trained on other names is refused.
/// </summary>
internal static class CourseFeatures
{
    // How long a conversation is says nothing by itself (benign corpora are short, real benign chats are not), so no
    // feature grows with length alone: counts are shares of the contact's messages, and evidence messages stop
    // counting at ten.
    private const int EvidenceMessagesCap = 10;

    // Evidence beyond three times the presence threshold says nothing more.
    private const double EvidenceCap = 3.0;

    // Escalation is "new stages per message since the first evidence", softened over the first ten messages.
    private const double EscalationSoftening = 10.0;
    private const int CategoriesForAlert = 4;

    public static IReadOnlyList<string> Names { get; } = BuildNames();

    public static int Count => Names.Count;

    /// <param name="destination">At least <see cref="Count"/> long.</param>
    /// <param name="course">The course of the conversation so far.</param>
    /// <param name="evidence">Decayed evidence per category.</param>
    /// <param name="threshold">Evidence a category needs to count as present.</param>
    /// <param name="evidenceMessages">Incoming messages that carried any category.</param>
    /// <param name="strongCategories">How many categories had a strong phrase.</param>
    /// <param name="childMinor">The child said they are a minor.</param>
    /// <param name="contactAdult">The contact said they are an adult.</param>
    public static void Fill(
        Span<float> destination, ConversationCourse course, IReadOnlyDictionary<string, double> evidence, double threshold,
        int evidenceMessages, int strongCategories, bool childMinor, bool contactAdult)
    {
        var contact = course.ContactMessages;
        var perMessage = contact == 0 ? 0 : 1.0 / contact;
        var stagesSeen = course.StagesSeen;
        var present = 0;
        foreach (var value in evidence.Values)
        {
            present += value >= threshold ? 1 : 0;
        }

        var index = 0;
        destination[index++] = contact + course.ChildMessages == 0 ? 0.5f : (float)contact / (contact + course.ChildMessages);
        destination[index++] = (float)stagesSeen / CourseStages.Count;
        for (var stage = 0; stage < CourseStages.Count; stage++)
        {
            destination[index++] = course.FirstSeen((GroomingStage)stage) > 0 ? 1 : 0;
        }

        destination[index++] = (float)course.StageOrder();
        destination[index++] = stagesSeen < 2
            ? 0
            : (float)((stagesSeen - 1) * EscalationSoftening / (EscalationSoftening + course.LastNewStage - course.FirstEvidence));
        destination[index++] = (float)(Math.Min(evidenceMessages, contact) * perMessage);
        destination[index++] = (float)(course.QuestionsAboutChild * perMessage);
        destination[index++] = (float)(course.SelfTalk * perMessage);
        destination[index++] = (float)((course.QuestionsAboutChild - course.SelfTalk) * perMessage);
        destination[index++] = childMinor ? 1 : 0;
        destination[index++] = contactAdult ? 1 : 0;
        destination[index++] = course.TimedMessages == 0 ? 0 : (float)course.LateNightMessages / course.TimedMessages;
        destination[index++] = (float)Math.Min(evidenceMessages, EvidenceMessagesCap) / EvidenceMessagesCap;
        destination[index++] = (float)present / CategoriesForAlert;
        destination[index++] = (float)strongCategories / CategoriesForAlert;
        foreach (var category in DetectionCategories.All)
        {
            destination[index++] = evidence.TryGetValue(category, out var value) ? (float)(Math.Min(value / threshold, EvidenceCap) / EvidenceCap) : 0;
        }
    }

    private static string[] BuildNames() =>
    [
        "contact_share", "stages_seen",
        .. Enum.GetValues<GroomingStage>().Select(stage => "stage_" + stage.ToString().ToLowerInvariant()),
        "stage_order", "escalation_speed", "evidence_share",
        "asks_about_child", "talks_about_self", "asks_more_than_tells",
        "child_minor", "contact_adult", "late_night_share",
        "evidence_messages", "present_categories", "strong_categories",
        .. DetectionCategories.All.Select(category => "evidence_" + category),
    ];
}
