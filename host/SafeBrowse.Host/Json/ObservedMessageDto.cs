namespace SafeBrowse.Host.Json;

internal sealed record ObservedMessageDto(
    string Conversation,
    string Contact,
    string Direction,
    string Text,
    string Key,
    string? Time = null,
    bool History = false);
