namespace SafeBrowse.Digest;

/// <summary>
/// The child pressed "this was wrong" on a notice. <see cref="Verdict"/> is null until a parent reviews it, then
/// "agree" (the notice was wrong) or "disagree" (it was right). <see cref="Serious"/>: the note was about a pattern
/// the child's word does not quiet, so it stayed on and the parent should know.
/// </summary>
public sealed record DigestFeedback(string Site, string Contact, DateTimeOffset At, IReadOnlyList<string> Categories, string? Verdict, bool Serious = false);
