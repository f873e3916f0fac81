using System.Collections.Concurrent;
using SafeBrowse.Detection;

namespace SafeBrowse.Training;

/// <summary>
/// Scores each distinct text once, so the same replay can run with the model and with the lexicon alone.
/// </summary>
internal sealed class MemoizingScorer(IMessageScorer inner, bool lexiconOnly) : IMessageScorer
{
    private readonly ConcurrentDictionary<string, MessageScore> cache = new(StringComparer.Ordinal);

    public MemoizingScorer LexiconOnlyView() => new(this, lexiconOnly: true);

    public MessageScore Score(string text)
    {
        var score = cache.GetOrAdd(text, inner.Score);
        return lexiconOnly ? score with { Probability = 0f } : score;
    }
}
