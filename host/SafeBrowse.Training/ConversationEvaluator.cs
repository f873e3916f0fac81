using SafeBrowse.Detection;

namespace SafeBrowse.Training;

/// <summary>Replays hand-written conversations through the <see cref="ConversationReplayer"/> that `scan` uses.</summary>
internal sealed class ConversationEvaluator(IMessageScorer scorer, SequenceModel? sequence)
{
    private readonly ConversationReplayer replayer = new(scorer, sequence: sequence);

    public EvaluatedConversation Evaluate(WrittenConversation conversation)
    {
        var outcome = replayer.Replay(conversation.Messages.Select(message =>
            new ReplayMessage(message.IsFromContact, message.Author, message.Text, message.At)));
        var named = outcome.Notices.SelectMany(notice => notice.Categories)
            .Concat(outcome.Level >= RiskLevel.Notice ? outcome.Categories : [])
            .ToHashSet(StringComparer.Ordinal);
        return new EvaluatedConversation(
            conversation,
            outcome,
            named,
            ContactMessagesUpTo(conversation, conversation.Meta.ConcernAt),
            ContactMessagesUpTo(conversation, outcome.FirstAlert));
    }

    private static int? ContactMessagesUpTo(WrittenConversation conversation, int? messageIndex) =>
        messageIndex is { } index && index >= 0 && index < conversation.Messages.Count
            ? conversation.Messages.Take(index + 1).Count(message => message.IsFromContact)
            : null;
}
