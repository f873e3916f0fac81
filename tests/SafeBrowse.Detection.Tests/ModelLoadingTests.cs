using SafeBrowse.Models;

namespace SafeBrowse.Detection.Tests;

[TestClass]
public sealed class ModelLoadingTests
{
    [TestMethod]
    public void Load_CommittedModel_LoadsWithVersion()
    {
        var loaded = TestScorers.CommittedModel;

        Assert.IsNull(loaded.LoadError);
        Assert.IsFalse(string.IsNullOrWhiteSpace(loaded.ModelVersion));
        Assert.IsInstanceOfType<MlMessageScorer>(loaded.Scorer);
    }

    [TestMethod]
    [DataRow("how was school")]
    [DataRow("the weather is nice today")]
    [DataRow("que mas parce como vas")]
    [DataRow("lol that game was sick")]
    public void Score_OrdinaryMessage_ScoresBelowHalf(string text)
    {
        var score = TestScorers.CommittedModel.Scorer.Score(text);

        Assert.IsLessThan(0.5f, score.Probability);
        Assert.IsEmpty(score.Categories);
    }

    [TestMethod]
    public void Score_GroomingMessage_CarriesCategoryAndEvidence()
    {
        var score = TestScorers.CommittedModel.Scorer.Score("don't tell your parents, send me a pic of you");

        var weighed = score.Evidence.Where(item => item.Weight > 0).Select(item => item.Category).ToList();
        Assert.Contains(DetectionCategories.Secrecy, score.Categories);
        Assert.Contains(DetectionCategories.PhotoRequest, score.Categories);
        Assert.Contains(DetectionCategories.Secrecy, weighed);
        Assert.Contains(DetectionCategories.PhotoRequest, weighed);
    }

    [TestMethod]
    public void Score_FromManyThreads_GivesTheSameProbability()
    {
        var scorer = TestScorers.CommittedModel.Scorer;
        var expected = scorer.Score("are you home alone").Probability;

        var results = new float[64];
        Parallel.For(0, results.Length, index => results[index] = scorer.Score("are you home alone").Probability);

        Assert.IsTrue(results.All(result => result == expected));
    }

    [TestMethod]
    public void Load_MissingDirectory_FallsBackToLexicon()
    {
        var loaded = MessageScorerLoader.Load(Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}"));

        Assert.IsNull(loaded.ModelVersion);
        Assert.IsFalse(string.IsNullOrWhiteSpace(loaded.LoadError));
        Assert.IsInstanceOfType<LexiconScorer>(loaded.Scorer);
        Assert.Contains(DetectionCategories.PhotoRequest, loaded.Scorer.Score("mandame una foto tuya").Categories);
    }

    [TestMethod]
    public void Load_CorruptModel_FallsBackToLexicon()
    {
        var directory = Directory.CreateTempSubdirectory("safebrowse-model-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(directory, ModelFiles.ModelFileName), "not a zip");
            File.WriteAllText(Path.Combine(directory, ModelFiles.InfoFileName), """{"version":"x"}""");

            var loaded = MessageScorerLoader.Load(directory);

            Assert.IsNull(loaded.ModelVersion);
            Assert.IsNotNull(loaded.LoadError);
            Assert.IsInstanceOfType<LexiconScorer>(loaded.Scorer);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [TestMethod]
    public void Load_InfoWithoutVersion_FallsBackToLexicon()
    {
        var directory = Directory.CreateTempSubdirectory("safebrowse-model-").FullName;
        try
        {
            File.Copy(Path.Combine(AppContext.BaseDirectory, "Model", ModelFiles.ModelFileName), Path.Combine(directory, ModelFiles.ModelFileName));
            File.WriteAllText(Path.Combine(directory, ModelFiles.InfoFileName), "{}");

            var loaded = MessageScorerLoader.Load(directory);

            Assert.IsNull(loaded.ModelVersion);
            Assert.Contains("model-info.json", loaded.LoadError!);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
