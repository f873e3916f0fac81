using SafeBrowse.Detection;

namespace SafeBrowse.Training;

/// <summary>
/// Feeds a conversation through a fresh <see cref="RiskEngine"/> in order, one minute of message time per message
/// (the corpora carry no times).
/// </summary>
internal static class ConversationReplay
{
    private const string DefaultContact = "contact";
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 16, 0, 0, TimeSpan.Zero);

    public static ReplayOutcome Replay(IReadOnlyList<CorpusMessage> messages, IMessageScorer scorer)
    {
        var engine = new RiskEngine(scorer);
        var maxLevel = RiskLevel.None;
        IReadOnlyList<string> categories = [];
        int? firstNotice = null;
        int? firstNoticeContact = null;
        int? firstAlert = null;
        var contactMessages = 0;
        var lastContact = DefaultContact;
        for (var index = 0; index < messages.Count; index++)
        {
            var message = messages[index];
            var incoming = message.IsFromContact;
            if (incoming)
            {
                contactMessages++;
                lastContact = message.Author ?? DefaultContact;
            }

            var decision = engine.Observe(new ObservedMessage(
                "replay",
                incoming ? message.Author ?? DefaultContact : lastContact,
                incoming ? MessageDirection.Incoming : MessageDirection.Outgoing,
                message.Text ?? string.Empty,
                Start.AddMinutes(index)));
            if (decision.Level >= RiskLevel.Notice && firstNotice is null)
            {
                firstNotice = index + 1;
                firstNoticeContact = contactMessages;
            }

            if (decision.Level == RiskLevel.Alert && firstAlert is null)
            {
                firstAlert = index + 1;
            }

            if (decision.Level > maxLevel)
            {
                maxLevel = decision.Level;
                categories = decision.Categories;
            }
        }

        return new ReplayOutcome(maxLevel, categories, firstNotice, firstNoticeContact, firstAlert);
    }

    public static ReplayOutcome[] ReplayAll(IReadOnlyList<IReadOnlyList<CorpusMessage>> conversations, IMessageScorer scorer, string name)
    {
        using var heartbeat = new Heartbeat($"Replaying {conversations.Count:N0} {name} conversations");
        var outcomes = new ReplayOutcome[conversations.Count];
        Parallel.For(0, conversations.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            index => outcomes[index] = Replay(conversations[index], scorer));
        return outcomes;
    }
}
