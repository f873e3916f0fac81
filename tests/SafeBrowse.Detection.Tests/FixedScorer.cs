namespace SafeBrowse.Detection.Tests;

/// <summary>Returns the same score for every message.</summary>
internal sealed class FixedScorer(MessageScore score) : IMessageScorer
{
    public MessageScore Score(string text) => score;
}
