using SafeBrowse.Detection;
using SafeBrowse.Detection.Tests;

namespace SafeBrowse.Benchmarks;

/// <summary>
/// The production scorer as it was before scoring was made fast: the regex normaliser, every lexicon pattern on the
/// non-backtracking engine, then a PredictionEngine call.
/// </summary>
internal sealed class BeforeScorer(MlMessageScorer scorer)
{
    public MessageScore Score(string text)
    {
        var normalized = ReferenceTextNormalizer.Normalize(text);
        var evidence = CategoryLexicon.MatchEachPattern(normalized);
        var probability = normalized.Length == 0 ? 0f : scorer.PredictWithEngine(normalized);
        return new MessageScore(probability, [.. evidence.Select(item => item.Category)]) { Evidence = evidence };
    }
}
