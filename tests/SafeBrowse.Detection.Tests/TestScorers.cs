using SafeBrowse.Models;

namespace SafeBrowse.Detection.Tests;

/// <summary>
/// Scorers the scenario tests run against: the lexicon alone, and the committed model as the host loads it (from its
/// tables) and through ML.NET, the reference the tables must agree with.
/// </summary>
internal static class TestScorers
{
    public static readonly string ModelDirectory = Path.Combine(AppContext.BaseDirectory, "Model");

    private static readonly Lazy<LoadedScorer> Committed = new(() => MessageScorerLoader.Load(ModelDirectory));
    private static readonly Lazy<MlMessageScorer> ThroughMlNet = new(() => MessageScorerLoader.LoadThroughMlNet(ModelDirectory));

    public static LoadedScorer CommittedModel => Committed.Value;

    /// <summary>The committed model loaded through ML.NET, with its direct computation ready.</summary>
    public static MlMessageScorer CommittedThroughMlNet => ThroughMlNet.Value;

    public static IMessageScorer Get(string name) => name switch
    {
        "lexicon" => new LexiconScorer(),
        "model" => Committed.Value.Scorer,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown scorer"),
    };
}
