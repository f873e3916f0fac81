namespace SafeBrowse.Detection;

/// <summary>One message of a recorded conversation, in the shared corpus format's terms.</summary>
/// <param name="FromContact">True for the other party (whose behaviour is assessed), false for the child.</param>
/// <param name="Author">Tells contacts apart in group chats; null in one-to-one chats.</param>
/// <param name="Text">The message text.</param>
/// <param name="At">When it was sent, where the recording says (the time of day can matter); null: the replay's start plus one minute per earlier message.</param>
public sealed record ReplayMessage(bool FromContact, string? Author, string Text, DateTimeOffset? At = null);
