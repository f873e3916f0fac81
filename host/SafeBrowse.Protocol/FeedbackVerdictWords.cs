namespace SafeBrowse.Protocol;

/// <summary>
/// A parent's verdict on a child's "this note was wrong" (docs/protocol.md, parent.review and parent.overview):
/// <see cref="Agree"/> means the note was indeed wrong.
/// </summary>
public static class FeedbackVerdictWords
{
    public const string Agree = "agree";
    public const string Disagree = "disagree";
}
