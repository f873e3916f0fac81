namespace SafeBrowse.Detection.Tests;

/// <summary>Plays a test chat through a <see cref="RiskEngine"/>, two minutes of message time per line.</summary>
internal static class ChatReplayer
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 17, 0, 0, TimeSpan.FromHours(-5));

    public static List<ConversationDecision> Play(IMessageScorer scorer, IReadOnlyList<ChatLine> lines)
    {
        var engine = new RiskEngine(scorer);
        return [.. lines.Select((line, index) => engine.Observe(new ObservedMessage(
            "chat-1",
            "contact-1",
            line.FromContact ? MessageDirection.Incoming : MessageDirection.Outgoing,
            line.Text,
            Start.AddMinutes(2 * index))))];
    }

    /// <summary>1-based index of the first decision at or above <paramref name="level"/>, or null.</summary>
    public static int? FirstAt(IReadOnlyList<ConversationDecision> decisions, RiskLevel level)
    {
        var index = decisions.ToList().FindIndex(decision => decision.Level >= level);
        return index < 0 ? null : index + 1;
    }
}
