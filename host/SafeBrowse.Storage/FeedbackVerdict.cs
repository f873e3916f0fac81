namespace SafeBrowse.Storage;

/// <summary>The parent's review of a "this was wrong": <see cref="Agree"/> means the notice was indeed wrong.</summary>
public enum FeedbackVerdict
{
    Agree,
    Disagree,
}
