namespace SafeBrowse.Detection;

public sealed record ObservedMessage(
    string Conversation,
    string Contact,
    MessageDirection Direction,
    string Text,
    DateTimeOffset Time);
