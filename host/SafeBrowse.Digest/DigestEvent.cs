namespace SafeBrowse.Digest;

/// <summary>
/// A notice or alert SafeBrowse raised about one contact. <see cref="Level"/> is "notice" (a quiet note to the child)
/// or "alert" (insistent; also for the parent); <see cref="Categories"/> are the ids of docs/protocol.md, strongest
/// first; <see cref="Excerpt"/> is redacted text the host kept, shown only for alerts the family allows.
/// </summary>
public sealed record DigestEvent(string Site, string Contact, DateTimeOffset At, string Level, IReadOnlyList<string> Categories, string? Excerpt);
