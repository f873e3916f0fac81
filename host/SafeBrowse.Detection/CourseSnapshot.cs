namespace SafeBrowse.Detection;

/// <summary>What <see cref="ConversationCourse"/> keeps across restarts: counts and message numbers, never words.</summary>
internal sealed record CourseSnapshot(
    int ContactMessages,
    int ChildMessages,
    IReadOnlyList<int> StageFirstSeen,
    int FirstEvidence,
    int LastNewStage,
    int QuestionsAboutChild,
    int SelfTalk,
    int TimedMessages,
    int LateNightMessages)
{
    public bool IsSound =>
        StageFirstSeen is { Count: CourseStages.Count }
        && StageFirstSeen.All(seen => seen >= 0 && seen <= ContactMessages)
        && ContactMessages >= 0 && ChildMessages >= 0
        && FirstEvidence >= 0 && FirstEvidence <= ContactMessages
        && LastNewStage >= 0 && LastNewStage <= ContactMessages
        && QuestionsAboutChild >= 0 && QuestionsAboutChild <= ContactMessages
        && SelfTalk >= 0 && SelfTalk <= ContactMessages
        && TimedMessages >= 0 && TimedMessages <= ContactMessages
        && LateNightMessages >= 0 && LateNightMessages <= TimedMessages;
}
