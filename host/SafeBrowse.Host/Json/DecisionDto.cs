namespace SafeBrowse.Host.Json;

internal sealed record DecisionDto(
    string Conversation,
    string Contact,
    string Level,
    IReadOnlyList<string> Categories,
    bool Notify);
