namespace SafeBrowse.Detection.Tests;

/// <summary>
/// The scorer the host loads (the model's tables) must give what the reference path gave: the regex normaliser, every
/// lexicon pattern on the non-backtracking engine, and ML.NET's PredictionEngine.
/// </summary>
[TestClass]
public sealed class FastScoringEquivalenceTests
{
    private static readonly Lazy<IReadOnlyList<string>> Messages = new(() => VariedMessages.Create(3000, seed: 20261128));

    private static IMessageScorer Scorer => TestScorers.CommittedModel.Scorer;

    [TestMethod]
    public void Normalize_VariedMessages_MatchesRegexNormalizer()
    {
        var different = Messages.Value.Where(message => TextNormalizer.Normalize(message) != ReferenceTextNormalizer.Normalize(message)).ToList();

        Assert.IsEmpty(different, $"first difference: \"{different.FirstOrDefault()}\"");
    }

    [TestMethod]
    public void Match_VariedMessages_MatchesEveryPatternRunAlone()
    {
        var carrying = 0;
        foreach (var message in Messages.Value)
        {
            var normalized = ReferenceTextNormalizer.Normalize(message);
            var expected = CategoryLexicon.MatchEachPattern(normalized);
            CollectionAssert.AreEqual(expected.ToList(), CategoryLexicon.Match(normalized).ToList(), normalized);
            carrying += expected.Count > 0 ? 1 : 0;
        }

        Assert.IsGreaterThan(100, carrying, "the messages must exercise the patterns");
    }

    [TestMethod]
    public void Score_VariedMessages_MatchesReferencePipeline()
    {
        var worst = 0f;
        var worstText = string.Empty;
        foreach (var message in Messages.Value)
        {
            var normalized = ReferenceTextNormalizer.Normalize(message);
            var expectedProbability = normalized.Length == 0 ? 0f : TestScorers.CommittedThroughMlNet.PredictWithEngine(normalized);
            var expectedCategories = CategoryLexicon.MatchEachPattern(normalized).Select(item => item.Category).ToList();

            var score = Scorer.Score(message);

            CollectionAssert.AreEqual(expectedCategories, score.Categories.ToList(), normalized);
            var difference = Math.Abs(score.Probability - expectedProbability);
            if (difference > worst)
            {
                worst = difference;
                worstText = normalized;
            }
        }

        Assert.IsLessThanOrEqualTo(MlMessageScorer.Tolerance, worst, $"largest difference {worst} on \"{worstText}\"");
    }
}
