using SafeBrowse.Detection;

namespace SafeBrowse.Training;

/// <summary>Replays held-out conversations in parallel through the same <see cref="ConversationReplayer"/> that `scan` uses.</summary>
internal static class ConversationReplay
{
    public static ReplayOutcome[] ReplayAll(
        IReadOnlyList<IReadOnlyList<CorpusMessage>> conversations, IMessageScorer scorer, string name, SequenceModel? sequence = null)
    {
        using var heartbeat = new Heartbeat($"Replaying {conversations.Count:N0} {name} conversations");
        var replayer = new ConversationReplayer(scorer, sequence: sequence);
        var outcomes = new ReplayOutcome[conversations.Count];
        Parallel.For(0, conversations.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            index => outcomes[index] = replayer.Replay(conversations[index].Select(ToReplayMessage)));
        return outcomes;
    }

    private static ReplayMessage ToReplayMessage(CorpusMessage message) =>
        new(message.IsFromContact, message.Author, message.Text ?? string.Empty);
}
