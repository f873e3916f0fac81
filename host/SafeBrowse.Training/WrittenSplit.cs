namespace SafeBrowse.Training;

/// <summary>The conversations of one language in one split (dev, test), read from `split/lang.jsonl`.</summary>
internal sealed record WrittenSplit(string Name, string Language, IReadOnlyList<WrittenConversation> Conversations);
