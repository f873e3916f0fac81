namespace SafeBrowse.Detection;

public sealed record ConversationDecision(
    string Conversation,
    string Contact,
    RiskLevel Level,
    IReadOnlyList<string> Categories,
    bool Notify);
