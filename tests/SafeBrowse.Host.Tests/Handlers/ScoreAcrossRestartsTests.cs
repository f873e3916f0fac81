using Microsoft.Data.Sqlite;

namespace SafeBrowse.Host.Tests.Handlers;

/// <summary>A page loaded again after a browser restart sends what it shows again: the saved risk must not grow from it.</summary>
[TestClass]
public sealed class ScoreAcrossRestartsTests
{
    private string dataDirectory = null!;

    [TestInitialize]
    public void CreateDataDirectory() => dataDirectory = Directory.CreateTempSubdirectory("safebrowse-restart-").FullName;

    [TestCleanup]
    public void DeleteDataDirectory()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(dataDirectory, recursive: true);
    }

    private static long? Revision(FamilyRiskRouter host) => host.Storage.Database!.ContactStates.Load("c-alex", "alex")?.Revision;

    [TestMethod]
    public async Task Score_SameMessagesShownAgainAfterARestart_SavesNothingNew()
    {
        var first = new FamilyRiskRouter(dataDirectory);
        await first.ScoreAsync("alex", "you're so mature for your age", "do you have snapchat?");
        var saved = Revision(first);

        var restarted = new FamilyRiskRouter(dataDirectory);
        var shownAgain = await restarted.ScoreAsync("alex", "you're so mature for your age", "do you have snapchat?");
        var afterShownAgain = Revision(restarted);
        var goesOn = await restarted.ScoreAsync("alex", "don't tell your parents about us");

        Assert.IsNotNull(saved);
        Assert.AreEqual(saved, afterShownAgain);
        Assert.AreEqual("notice", shownAgain.GetProperty("level").GetString());
        Assert.IsFalse(shownAgain.GetProperty("notify").GetBoolean(), "the child saw this note before the restart");
        Assert.AreNotEqual(saved, Revision(restarted));
        Assert.AreNotEqual("none", goesOn.GetProperty("level").GetString());
    }
}
