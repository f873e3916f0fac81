using SafeBrowse.Detection;

namespace SafeBrowse.Training;

/// <summary>
/// Replays a recorded conversation through a <see cref="RiskEngine"/> without a sequence model, as
/// <see cref="ConversationReplayer"/> does, and reads the course after the contact's messages: the rows the sequence
/// model learns from and is calibrated on come from the code that runs live.
/// </summary>
internal static class PrefixCollector
{
    private const string Conversation = "prefixes";
    private static readonly RiskOptions ReplayOptions = new() { MessageTimesAreReal = false };

    /// <param name="messages">The conversation in order.</param>
    /// <param name="scorer">Scores the contact's messages.</param>
    /// <param name="sampled">Which contact messages (numbered from 1) to read the course after.</param>
    /// <returns>The prefixes read where the course may speak; others are never decided by it.</returns>
    public static List<CoursePrefix> Collect(IReadOnlyList<CorpusMessage> messages, IMessageScorer scorer, Func<int, bool> sampled)
    {
        var engine = new RiskEngine(scorer, ReplayOptions);
        var prefixes = new List<CoursePrefix>();
        var features = new float[CourseFeatures.Count];
        var contactMessages = 0;
        var lastContact = ConversationReplayer.DefaultContact;
        for (var index = 0; index < messages.Count; index++)
        {
            var message = messages[index];
            if (message.IsFromContact)
            {
                contactMessages++;
                lastContact = message.Author ?? ConversationReplayer.DefaultContact;
            }

            engine.Observe(new ObservedMessage(
                Conversation,
                lastContact,
                message.IsFromContact ? MessageDirection.Incoming : MessageDirection.Outgoing,
                message.Text ?? string.Empty,
                ConversationReplayer.DefaultStart + (ConversationReplayer.MessageSpacing * index)));
            if (message.IsFromContact && sampled(contactMessages) && engine.TryReadCourse(Conversation, lastContact, features))
            {
                prefixes.Add(new CoursePrefix(contactMessages, [.. features]));
            }
        }

        return prefixes;
    }
}
