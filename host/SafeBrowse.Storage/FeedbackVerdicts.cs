using SafeBrowse.Protocol;

namespace SafeBrowse.Storage;

/// <summary>The one mapping between <see cref="FeedbackVerdict"/> and its word, which the database keeps and the protocol carries.</summary>
public static class FeedbackVerdicts
{
    public static string Word(FeedbackVerdict verdict) => verdict switch
    {
        FeedbackVerdict.Agree => FeedbackVerdictWords.Agree,
        FeedbackVerdict.Disagree => FeedbackVerdictWords.Disagree,
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, "Unknown verdict."),
    };

    /// <summary>Null for no verdict yet, and for any other word.</summary>
    public static FeedbackVerdict? Parse(string? word) => word switch
    {
        FeedbackVerdictWords.Agree => FeedbackVerdict.Agree,
        FeedbackVerdictWords.Disagree => FeedbackVerdict.Disagree,
        _ => null,
    };
}
