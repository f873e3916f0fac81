namespace SafeBrowse.Detection.Tests;

/// <summary>Lexicon evidence with a fixed model probability, to isolate what the probability does.</summary>
internal sealed class LexiconWithProbability(float probability) : IMessageScorer
{
    private readonly LexiconScorer lexicon = new();

    public MessageScore Score(string text) => lexicon.Score(text) with { Probability = probability };
}
