namespace SafeBrowse.Training;

/// <summary>Splits whole conversations into train and test, so no conversation is on both sides.</summary>
internal static class CorpusSplit
{
    public static (List<CorpusConversation> Train, List<CorpusConversation> Test) ByConversation(
        IReadOnlyList<CorpusConversation> conversations, double testFraction, int seed)
    {
        var random = new Random(seed);
        var ordered = conversations.OrderBy(conversation => conversation.Id, StringComparer.Ordinal).ToArray();
        random.Shuffle(ordered);
        var testCount = (int)Math.Round(ordered.Length * testFraction);
        return ([.. ordered.Skip(testCount)], [.. ordered.Take(testCount)]);
    }
}
