using System.Text.Json;
using Microsoft.Data.Sqlite;
using SafeBrowse.Detection;

namespace SafeBrowse.Host.Tests.Handlers;

/// <summary>"This note was wrong": mild notes are quieted, serious ones never, and every report reaches the parent.</summary>
[TestClass]
public sealed class FeedbackHandlerTests
{
    private string dataDirectory = null!;

    [TestInitialize]
    public void CreateDataDirectory() => dataDirectory = Directory.CreateTempSubdirectory("safebrowse-feedback-").FullName;

    [TestCleanup]
    public void DeleteDataDirectory()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(dataDirectory, recursive: true);
    }

    private static List<string> Categories(JsonElement decision) =>
        [.. decision.GetProperty("categories").EnumerateArray().Select(category => category.GetString()!)];

    [TestMethod]
    public async Task Feedback_OnAnAlert_IsRecordedButQuietsNothing()
    {
        var host = new FamilyRiskRouter(dataDirectory);
        var alert = await host.ScoreAsync("alex", "don't tell your parents", "send me a pic of you");

        var reply = await host.FeedbackAsync("alex", Categories(alert));

        Assert.AreEqual("alert", alert.GetProperty("level").GetString());
        Assert.IsTrue(reply.GetProperty("ok").GetBoolean(), reply.ToString());
        Assert.IsFalse(reply.GetProperty("quieted").GetBoolean());
        var recorded = Assert.ContainsSingle(host.Storage.Database!.Feedback.Since(DateTimeOffset.UnixEpoch));
        Assert.AreEqual("alex", recorded.Contact);
        CollectionAssert.Contains(recorded.Categories.ToList(), DetectionCategories.PhotoRequest);
    }

    [TestMethod]
    public async Task Feedback_OnAMildNotice_QuietsItAndIsRecorded()
    {
        var host = new FamilyRiskRouter(dataDirectory);
        var notice = await host.ScoreAsync("sam", "you're so mature for your age", "do you have snapchat?");

        var reply = await host.FeedbackAsync("sam", Categories(notice));

        Assert.AreEqual("notice", notice.GetProperty("level").GetString());
        Assert.IsTrue(reply.GetProperty("quieted").GetBoolean());
        Assert.ContainsSingle(host.Storage.Database!.Feedback.Since(DateTimeOffset.UnixEpoch));
    }

    [TestMethod]
    public async Task Feedback_AfterARestart_StillQuietsTheMildNotice()
    {
        var before = new FamilyRiskRouter(dataDirectory);
        var notice = await before.ScoreAsync("sam", "you're so mature for your age", "do you have snapchat?");
        var restarted = new FamilyRiskRouter(dataDirectory);

        var reply = await restarted.FeedbackAsync("sam", Categories(notice));

        Assert.IsTrue(reply.GetProperty("quieted").GetBoolean());
    }

    [TestMethod]
    public async Task ClearContact_WithASession_ForgetsTheContactAcrossRestarts()
    {
        var host = new FamilyRiskRouter(dataDirectory);
        await host.ScoreAsync("alex", "you're so mature for your age", "don't tell your parents");
        await host.ScoreAsync("sam", "you're so mature for your age", "don't tell your parents");

        var cleared = await host.ClearAsync("alex");
        var alexAfterRestart = await new FamilyRiskRouter(dataDirectory).ScoreAsync("alex", "do you have snapchat?");
        var samAfterRestart = await new FamilyRiskRouter(dataDirectory).ScoreAsync("sam", "do you have snapchat?");

        Assert.AreEqual(1, cleared.GetProperty("cleared").GetInt32(), cleared.ToString());
        Assert.AreEqual("none", alexAfterRestart.GetProperty("level").GetString());
        Assert.AreNotEqual("none", samAfterRestart.GetProperty("level").GetString());
    }

    [TestMethod]
    public async Task ClearContact_WithoutASession_IsRefused()
    {
        var host = new FamilyRiskRouter(dataDirectory);

        var reply = await host.ClearAsync("alex", session: "forged");

        Assert.AreEqual("session_required", reply.GetProperty("error").GetProperty("code").GetString());
    }
}
