using SafeBrowse.Models;

namespace SafeBrowse.Detection.Tests;

[TestClass]
public sealed class ModelScorerFactoryTests
{
    [TestMethod]
    public void FromModel_CommittedModelBytes_ScoresWithTheModel()
    {
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Model", ModelFiles.ModelFileName));
        using var model = new MemoryStream(bytes, writable: false);

        var loaded = ModelScorerFactory.FromModel(model, "from-memory", "test model");

        Assert.IsNull(loaded.LoadError);
        Assert.AreEqual("from-memory", loaded.ModelVersion);
        Assert.IsInstanceOfType<MlMessageScorer>(loaded.Scorer);
    }

    [TestMethod]
    public void FromModel_BytesThatAreNoModel_FallsBackNamingTheModel()
    {
        using var model = new MemoryStream("not a zip"u8.ToArray(), writable: false);

        var loaded = ModelScorerFactory.FromModel(model, "x", "test model");

        Assert.IsNull(loaded.ModelVersion);
        Assert.StartsWith("test model is unreadable", loaded.LoadError!);
        Assert.IsInstanceOfType<LexiconScorer>(loaded.Scorer);
    }
}
