namespace SafeBrowse.Detection;

/// <summary>One chat message. <paramref name="IsHistory"/> marks older messages the child scrolled back to: they add
/// evidence as context, so the contact's next message carries their weight, but never raise a notice themselves.
/// <paramref name="Key"/> is the extension's id of the message: a page loaded again sends what it shows again, and
/// with a store its evidence is not counted twice. <paramref name="Trusted"/>: a parent marked the contact as family or
/// trusted, so logistics from them raise nothing (<see cref="Relationship"/>).</summary>
public sealed record ObservedMessage(
    string Conversation,
    string Contact,
    MessageDirection Direction,
    string Text,
    DateTimeOffset Time,
    bool IsHistory = false,
    string? Key = null,
    bool Trusted = false);
