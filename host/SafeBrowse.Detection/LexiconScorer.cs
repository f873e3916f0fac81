namespace SafeBrowse.Detection;

/// <summary>Scores with category evidence alone: what runs when the model file is missing or unreadable.</summary>
public sealed class LexiconScorer : IMessageScorer
{
    public MessageScore Score(string text) => MessageScore.FromEvidence(0f, CategoryLexicon.MatchText(text));
}
