namespace SafeBrowse.Detection;

/// <summary>Scores with category evidence alone: what runs when the model file is missing or unreadable.</summary>
public sealed class LexiconScorer : IMessageScorer
{
    public MessageScore Score(string text)
    {
        var evidence = CategoryLexicon.MatchText(text);
        return new MessageScore(0f, [.. evidence.Select(item => item.Category)]) { Evidence = evidence };
    }
}
