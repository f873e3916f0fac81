using SafeBrowse.Detection;

namespace SafeBrowse.Training;

/// <summary>What the engine made of one hand-written conversation.</summary>
/// <param name="Conversation">The conversation as written.</param>
/// <param name="Outcome">What replaying it produced.</param>
/// <param name="Named">Every category the engine named in a notice, or at the level it reached if that is notice or alert.</param>
/// <param name="ConcernContactMessage">How many contact messages an adult had read when they would first worry (1 = the first); null for benign.</param>
/// <param name="ContactMessagesToAlert">How many contact messages had been seen when alert was first reached.</param>
internal sealed record EvaluatedConversation(
    WrittenConversation Conversation,
    ReplayOutcome Outcome,
    IReadOnlySet<string> Named,
    int? ConcernContactMessage,
    int? ContactMessagesToAlert)
{
    public bool Noticed => Outcome.Level >= RiskLevel.Notice;

    public bool Alerted => Outcome.Level == RiskLevel.Alert;

    /// <summary>Contact messages between the one that should worry an adult and the first notice: 0 at it, negative before it.</summary>
    public int? ContactMessagesPastConcern => Outcome.ContactMessagesToNotice - ConcernContactMessage;
}
