using SafeBrowse.Models;

namespace SafeBrowse.Detection.Tests;

[TestClass]
public sealed class ModelLoadingTests
{
    [TestMethod]
    public void Load_CommittedModel_LoadsFromItsTablesWithVersion()
    {
        var loaded = TestScorers.CommittedModel;

        Assert.IsNull(loaded.LoadError);
        Assert.IsFalse(string.IsNullOrWhiteSpace(loaded.ModelVersion));
        Assert.IsNull(loaded.TablesNotUsed, $"{loaded.TablesNotUsed}: run `dotnet run --project host/SafeBrowse.Training -c Release -- tables --model host/SafeBrowse.Detection/Model`");
        Assert.IsInstanceOfType<LinearMessageScorer>(loaded.Scorer);
    }

    [TestMethod]
    public void Load_WithoutTables_LoadsThroughMlNetAndSaysWhy()
    {
        using var directory = new ModelCopy(withTables: false);

        var loaded = MessageScorerLoader.Load(directory.Path);

        Assert.IsNull(loaded.LoadError);
        Assert.IsInstanceOfType<MlMessageScorer>(loaded.Scorer);
        Assert.AreEqual($"{ModelFiles.TablesFileName} not found", loaded.TablesNotUsed);
    }

    [TestMethod]
    public void Load_TablesFarLargerThanAnyTrainingWrites_AreNotReadAndTheModelLoadsThroughMlNet()
    {
        using var directory = new ModelCopy(withTables: true);
        using (var tables = File.OpenWrite(System.IO.Path.Combine(directory.Path, ModelFiles.TablesFileName)))
        {
            tables.SetLength(65L * 1024 * 1024);
        }

        var loaded = MessageScorerLoader.Load(directory.Path);

        Assert.IsInstanceOfType<MlMessageScorer>(loaded.Scorer);
        Assert.AreEqual($"{ModelFiles.TablesFileName} is too large", loaded.TablesNotUsed);
    }

    [TestMethod]
    public void Load_TablesOfAnotherModelFile_LoadsThroughMlNetWithTheSameScores()
    {
        using var directory = new ModelCopy(withTables: true);
        var tablesPath = System.IO.Path.Combine(directory.Path, ModelFiles.TablesFileName);
        var tables = File.ReadAllBytes(tablesPath);
        tables[TablesLayout.ModelHashAt] ^= 0xFF;
        File.WriteAllBytes(tablesPath, tables);

        var loaded = MessageScorerLoader.Load(directory.Path);

        Assert.IsInstanceOfType<MlMessageScorer>(loaded.Scorer);
        Assert.AreEqual($"{ModelFiles.TablesFileName}: the tables were written for another model file", loaded.TablesNotUsed);
        ((MlMessageScorer)loaded.Scorer).FastPathReady.Wait();
        Assert.AreEqual(TestScorers.CommittedModel.Scorer.Score("send me a pic of you").Probability, loaded.Scorer.Score("send me a pic of you").Probability);
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
