namespace SafeBrowse.Host.Scanning;

/// <param name="From">"contact" (the other party) or "child".</param>
/// <param name="Author">Tells contacts apart in group chats.</param>
/// <param name="Text">The message.</param>
internal sealed record CorpusMessageLine(string From, string Text, string? Author = null);
