using SafeBrowse.Models;

namespace SafeBrowse.Detection.Tests;

/// <summary>Scorers the scenario tests run against: the lexicon alone, and the committed model.</summary>
internal static class TestScorers
{
    private static readonly Lazy<LoadedScorer> Committed = new(LoadCommitted);

    public static LoadedScorer CommittedModel => Committed.Value;

    // The fast path is built in the background; tests that compare probabilities exactly must not see it arrive
    // halfway through.
    private static LoadedScorer LoadCommitted()
    {
        var loaded = MessageScorerLoader.Load(Path.Combine(AppContext.BaseDirectory, "Model"));
        (loaded.Scorer as MlMessageScorer)?.FastPathReady.Wait();
        return loaded;
    }

    public static IMessageScorer Get(string name) => name switch
    {
        "lexicon" => new LexiconScorer(),
        "model" => Committed.Value.Scorer,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown scorer"),
    };
}
