using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using SafeBrowse.Detection;
using SafeBrowse.Host.Family;
using SafeBrowse.Host.Handlers;
using SafeBrowse.Host.Messaging;
using SafeBrowse.Host.Tests.Support;
using SafeBrowse.Models;

namespace SafeBrowse.Host.Tests.Handlers;

[TestClass]
public sealed class ScoreHandlerTests
{
    private const string SecretText = "TOPSECRET-4411";
    private static readonly List<FamilyStorage> Opened = [];
    private static string dataDirectory = null!;

    [ClassInitialize]
    public static void CreateDataDirectory(TestContext context) => dataDirectory = Directory.CreateTempSubdirectory("safebrowse-score-").FullName;

    [ClassCleanup]
    public static async Task DeleteDataDirectory()
    {
        // A router that answered before touching the database still opens it in the background; deleting the folder
        // under that open fails with "Directory not empty".
        await Task.WhenAll(Opened.Select(storage => storage.Opening));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(dataDirectory, recursive: true);
    }

    private static RequestRouter CreateRouter()
    {
        var scorer = MessageScorerLoader.Load(Path.Combine(Path.GetTempPath(), "no-model-here"));
        var storage = new FamilyStorage(dataDirectory, TimeProvider.System, NullLogger<FamilyStorage>.Instance);
        Opened.Add(storage);
        var profiles = new ChildProfileResolver(storage, new BrowserProfileContext());
        var handler = new ScoreHandler(
            new RiskEngine(scorer.Scorer),
            profiles,
            storage,
            new FlaggedEventRecorder(storage, TimeProvider.System),
            TimeProvider.System,
            NullLogger<ScoreHandler>.Instance);
        return new RequestRouter([handler], NullLogger<RequestRouter>.Instance);
    }

    private static async Task<JsonElement> RouteAsync(string json) =>
        Replies.Parse((await CreateRouter().RouteAsync(Encoding.UTF8.GetBytes(json), CancellationToken.None)).Body);

    private static string Message(string conversation = "c1", string direction = "incoming", string text = "hi", string extra = "") =>
        $$"""{"conversation":"{{conversation}}","contact":"alex","direction":"{{direction}}","text":"{{text}}","key":"k-{{Guid.NewGuid():N}}"{{extra}}}""";

    private static string Request(params string[] messages) =>
        $$"""{"v":1,"id":"s1","type":"score","site":"example.org","messages":[{{string.Join(',', messages)}}]}""";

    [TestMethod]
    public async Task Score_TwoConversations_ReturnsOneDecisionEachInFirstSeenOrder()
    {
        var reply = await RouteAsync(Request(Message("b"), Message("a"), Message("b", "outgoing")));

        var conversations = reply.GetProperty("decisions").EnumerateArray().Select(d => d.GetProperty("conversation").GetString()).ToList();
        CollectionAssert.AreEqual(new[] { "b", "a" }, conversations);
        Assert.IsTrue(reply.GetProperty("ok").GetBoolean());
        Assert.AreEqual("none", reply.GetProperty("decisions")[0].GetProperty("level").GetString());
    }

    [TestMethod]
    public async Task Score_OptionalTime_IsAccepted()
    {
        var reply = await RouteAsync(Request(Message(extra: ",\"time\":\"2026-11-28T10:00:00Z\"")));

        Assert.IsTrue(reply.GetProperty("ok").GetBoolean());
    }

    [TestMethod]
    public async Task Score_GroomingLoadedAsHistory_RaisesTheLevelWithoutANotice()
    {
        var history = ",\"history\":true";
        var reply = await RouteAsync(Request(
            Message("h", text: "you are so mature for your age", extra: history),
            Message("h", text: "do you have snapchat?", extra: history),
            Message("h", text: "dont tell your parents about us", extra: history)));

        var decision = reply.GetProperty("decisions")[0];
        Assert.AreNotEqual("none", decision.GetProperty("level").GetString());
        Assert.IsFalse(decision.GetProperty("notify").GetBoolean());
    }

    [TestMethod]
    public async Task Score_HistoryThatIsNotABoolean_IsRefused()
    {
        var reply = await RouteAsync(Request(Message(extra: ",\"history\":\"yes\"")));

        Assert.AreEqual("bad_request", Replies.ErrorCode(reply));
    }

    [TestMethod]
    public async Task Score_TextOverTheLimit_RefusedNamingTheFieldNotTheText()
    {
        var text = SecretText + new string('x', ScoreRequestValidator.MaxTextLength);

        var reply = await RouteAsync(Request(Message(text: text)));

        Assert.AreEqual("bad_request", Replies.ErrorCode(reply));
        var message = reply.GetProperty("error").GetProperty("message").GetString()!;
        Assert.Contains("messages[0].text", message);
        Assert.DoesNotContain(SecretText, message);
    }

    [TestMethod]
    public async Task Score_TooManyMessages_Refused()
    {
        var reply = await RouteAsync(Request([.. Enumerable.Repeat(Message(), ScoreRequestValidator.MaxMessages + 1)]));

        Assert.AreEqual("bad_request", Replies.ErrorCode(reply));
    }

    [TestMethod]
    public async Task Score_NoMessages_Refused()
    {
        var reply = await RouteAsync(Request());

        Assert.AreEqual("bad_request", Replies.ErrorCode(reply));
    }

    [TestMethod]
    [DataRow("""{"v":1,"id":"s1","type":"score","messages":[]}""")]
    [DataRow("""{"v":1,"id":"s1","type":"score","site":"x","messages":[{"conversation":"c","contact":"a","direction":"incoming","key":"k"}]}""")]
    [DataRow("""{"v":1,"id":"s1","type":"score","site":"x","messages":[{"conversation":"c","contact":null,"direction":"incoming","text":"t","key":"k"}]}""")]
    [DataRow("""{"v":1,"id":"s1","type":"score","site":"x","messages":"many"}""")]
    [DataRow("""{"v":1,"id":"s1","type":"score","site":"x","messages":[],"extra":true}""")]
    [DataRow("""{"v":1,"id":"s1","type":"score","site":42,"messages":[]}""")]
    public async Task Score_BadShape_RefusedWithBadRequestAndId(string json)
    {
        var reply = await RouteAsync(json);

        Assert.AreEqual("bad_request", Replies.ErrorCode(reply));
        Assert.AreEqual("s1", Replies.Id(reply));
    }

    [TestMethod]
    public async Task Score_WrongTypeOfText_RefusedWithoutEchoingValues()
    {
        var reply = await RouteAsync($$"""{"v":1,"id":"s1","type":"score","site":"x","messages":[{"conversation":"c","contact":"a","direction":"incoming","text":{"{{SecretText}}":1},"key":"k"}]}""");

        Assert.AreEqual("bad_request", Replies.ErrorCode(reply));
        Assert.DoesNotContain(SecretText, reply.GetProperty("error").GetProperty("message").GetString()!);
    }

    [TestMethod]
    public async Task Score_UnknownDirection_Refused()
    {
        var reply = await RouteAsync(Request(Message(direction: "sideways")));

        Assert.AreEqual("bad_request", Replies.ErrorCode(reply));
        Assert.Contains("direction", reply.GetProperty("error").GetProperty("message").GetString()!);
    }
}
