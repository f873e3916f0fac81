namespace SafeBrowse.Detection;

/// <summary>
/// Feeds a recorded conversation through a fresh <see cref="RiskEngine"/> in order, as if observed live: the path
/// the host takes for each message. Messages without a recorded time are one minute apart from the start; unless every
/// message has its recorded time, the times say nothing about the time of day (<see cref="RiskOptions.MessageTimesAreReal"/>).
/// </summary>
public sealed class ConversationReplayer(IMessageScorer scorer, RiskOptions? options = null, SequenceModel? sequence = null)
{
    private readonly RiskOptions replayOptions = options ?? new RiskOptions();

    /// <summary>When replayed messages are taken to have been seen unless the caller says otherwise.</summary>
    public static readonly DateTimeOffset DefaultStart = new(2026, 1, 5, 16, 0, 0, TimeSpan.Zero);

    public static readonly TimeSpan MessageSpacing = TimeSpan.FromMinutes(1);

    private const string Conversation = "replay";
    /// <summary>The contact of one-to-one chats, whose messages carry no author.</summary>
    public const string DefaultContact = "contact";
    public ReplayOutcome Replay(IEnumerable<ReplayMessage> messages) => Replay(messages, DefaultStart);

    public ReplayOutcome Replay(IEnumerable<ReplayMessage> messages, DateTimeOffset start)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var recorded = messages as IReadOnlyList<ReplayMessage> ?? [.. messages];
        var timesAreReal = recorded.Count > 0 && recorded.All(message => message.At is not null);
        var engine = new RiskEngine(scorer, replayOptions with { MessageTimesAreReal = timesAreReal }, sequence: sequence);
        var level = RiskLevel.None;
        IReadOnlyList<string> categories = [];
        int? firstNotice = null;
        int? firstAlert = null;
        int? contactMessagesToNotice = null;
        var contactMessages = 0;
        var lastContact = DefaultContact;
        var index = 0;
        var notices = new List<ReplayNotice>();
        foreach (var message in recorded)
        {
            if (message.FromContact)
            {
                contactMessages++;
                lastContact = message.Author ?? DefaultContact;
            }

            var time = message.At ?? start + (MessageSpacing * index);
            var decision = engine.Observe(new ObservedMessage(
                Conversation,
                message.FromContact ? message.Author ?? DefaultContact : lastContact,
                message.FromContact ? MessageDirection.Incoming : MessageDirection.Outgoing,
                message.Text,
                time));
            if (decision.Notify)
            {
                notices.Add(new ReplayNotice(index, decision.Contact, decision.Level, decision.Categories, time));
            }

            if (decision.Level >= RiskLevel.Notice && firstNotice is null)
            {
                firstNotice = index;
                contactMessagesToNotice = contactMessages;
            }

            if (decision.Level == RiskLevel.Alert && firstAlert is null)
            {
                firstAlert = index;
            }

            if (decision.Level > level)
            {
                level = decision.Level;
                categories = decision.Categories;
            }

            index++;
        }

        return new ReplayOutcome(level, categories, firstNotice, firstAlert, contactMessagesToNotice, notices);
    }
}
