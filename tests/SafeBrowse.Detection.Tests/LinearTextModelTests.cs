namespace SafeBrowse.Detection.Tests;

[TestClass]
public sealed class LinearTextModelTests
{
    private static MlMessageScorer Scorer => TestScorers.CommittedThroughMlNet;

    [TestMethod]
    public void Load_CommittedModel_ScoresThroughLinearModel()
    {
        Assert.IsTrue(Scorer.UsesLinearModel);
    }

    [TestMethod]
    [DataRow("你好 朋友")]
    [DataRow("zzqx")]
    [DataRow("a")]
    public void Predict_TextWithFewKnownNgrams_MatchesMlNetPipeline(string normalized)
    {
        Assert.AreEqual(Scorer.PredictWithEngine(normalized), Scorer.Predict(normalized), MlMessageScorer.Tolerance);
    }
}
