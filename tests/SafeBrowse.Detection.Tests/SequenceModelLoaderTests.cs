using SafeBrowse.Models;

namespace SafeBrowse.Detection.Tests;

[TestClass]
public sealed class SequenceModelLoaderTests
{
    private static string NewDirectory()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"sequence-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        return directory;
    }

    [TestMethod]
    public void Load_CommittedModelDirectory_ReturnsTheModel()
    {
        var (model, error) = SequenceModelLoader.Load(Path.Combine(AppContext.BaseDirectory, "Model"));

        Assert.IsNotNull(model);
        Assert.IsNull(error);
    }

    [TestMethod]
    public void Load_NoFile_SaysWhyWithoutThrowing()
    {
        var directory = NewDirectory();
        try
        {
            var (model, error) = SequenceModelLoader.Load(directory);

            Assert.IsNull(model);
            Assert.AreEqual($"{SequenceModel.FileName} not found", error);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [TestMethod]
    [DataRow("{\"version\":\"x\"")]
    [DataRow("{\"version\":\"x\",\"features\":[\"a\"],\"weights\":[1],\"bias\":0,\"noticeThreshold\":0.5,\"alertThreshold\":0.9}")]
    public void Load_DamagedOrForOtherFeatures_SaysWhyWithoutThrowing(string content)
    {
        var directory = NewDirectory();
        try
        {
            File.WriteAllText(Path.Combine(directory, SequenceModel.FileName), content);

            var (model, error) = SequenceModelLoader.Load(directory);

            Assert.IsNull(model);
            Assert.AreEqual($"{SequenceModel.FileName} is damaged or was written for other features", error);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
