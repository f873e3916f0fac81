namespace SafeBrowse.Detection.Tests;

/// <summary>Scorers the scenario tests run against: the lexicon alone, and the committed model.</summary>
internal static class TestScorers
{
    private static readonly Lazy<LoadedScorer> Committed = new(
        () => MessageScorerLoader.Load(Path.Combine(AppContext.BaseDirectory, "Model")));

    public static LoadedScorer CommittedModel => Committed.Value;

    public static IMessageScorer Get(string name) => name switch
    {
        "lexicon" => new LexiconScorer(),
        "model" => Committed.Value.Scorer,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown scorer"),
    };
}
