using SafeBrowse.Host.Tests.Support;

namespace SafeBrowse.Host.Tests.Integration;

[TestClass]
public sealed class HostProcessTests
{
    private const string Canary = "CANARY-b7f3e1 don't tell your parents";
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(10);

    private string dataDirectory = null!;

    [TestInitialize]
    public void CreateDataDirectory() => dataDirectory = Path.Combine(Directory.CreateTempSubdirectory("safebrowse-data-").FullName, "data");

    [TestCleanup]
    public void DeleteDataDirectory() => Directory.Delete(Path.GetDirectoryName(dataDirectory)!, recursive: true);

    [TestMethod]
    public async Task Hello_FromTheExtension_ReportsVersionsAndTheModelOnceAScoreWaitedForIt()
    {
        await using var host = HostProcess.Start(dataDirectory, HostProcess.ExtensionOrigin);

        var first = await host.RequestAsync("""{"v":1,"id":"h1","type":"hello"}""");
        await host.RequestAsync(ConversationRequests.Score("s1", ("c-school", "sam", ConversationRequests.Benign)));
        var second = await host.RequestAsync("""{"v":1,"id":"h2","type":"hello"}""");

        Assert.AreEqual("h1", Replies.Id(first));
        Assert.IsTrue(first.GetProperty("ok").GetBoolean());
        Assert.AreEqual(1, first.GetProperty("protocol").GetInt32());
        CollectionAssert.Contains(new[] { "loading", "loaded" }, first.GetProperty("modelState").GetString());
        Assert.AreEqual("loaded", second.GetProperty("modelState").GetString());
        Assert.IsTrue(second.GetProperty("modelLoaded").GetBoolean());
        Assert.IsFalse(string.IsNullOrEmpty(second.GetProperty("modelVersion").GetString()));
    }

    [TestMethod]
    public async Task Score_TheCommittedModel_LoadsFromItsTablesWithoutMappingMlNet()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Inconclusive("Reads the host's mapped files from /proc.");
        }

        await using var host = HostProcess.Start(dataDirectory, HostProcess.ExtensionOrigin);
        await host.RequestAsync(ConversationRequests.Score("s1", ("c-school", "sam", ConversationRequests.Benign)));
        var hello = await host.RequestAsync("""{"v":1,"id":"h1","type":"hello"}""");

        var maps = await File.ReadAllTextAsync($"/proc/{host.Id}/maps");
        Assert.AreEqual("loaded", hello.GetProperty("modelState").GetString());
        Assert.Contains("SafeBrowse.Detection.dll", maps, "the host's own assemblies show in its maps");
        Assert.DoesNotContain("Microsoft.ML", maps);
    }

    [TestMethod]
    public async Task Score_GroomingPattern_RaisesTheConversationAndBenignStaysNone()
    {
        await using var host = HostProcess.Start(dataDirectory, HostProcess.ExtensionOrigin);

        var reply = await host.RequestAsync(ConversationRequests.Score("s1", ("c-groom", "alex", ConversationRequests.Grooming), ("c-school", "sam", ConversationRequests.Benign)));

        var decisions = reply.GetProperty("decisions").EnumerateArray().ToDictionary(d => d.GetProperty("conversation").GetString()!);
        Assert.AreNotEqual("none", decisions["c-groom"].GetProperty("level").GetString());
        Assert.IsTrue(decisions["c-groom"].GetProperty("notify").GetBoolean());
        Assert.IsGreaterThan(0, decisions["c-groom"].GetProperty("categories").GetArrayLength());
        Assert.AreEqual("none", decisions["c-school"].GetProperty("level").GetString());
    }

    [TestMethod]
    public async Task Serve_MalformedAndUnknownRequests_AnswersErrorsAndKeepsServing()
    {
        await using var host = HostProcess.Start(dataDirectory, HostProcess.ExtensionOrigin);

        var badJson = await host.RequestAsync("{nope");
        var unknown = await host.RequestAsync("""{"v":1,"id":"u1","type":"format-disk"}""");
        var badField = await host.RequestAsync("""{"v":1,"id":"b1","type":"score","site":"x","messages":[{"conversation":"c","contact":"a","direction":"sideways","text":"hi","key":"k"}]}""");
        var hello = await host.RequestAsync("""{"v":1,"id":"h2","type":"hello"}""");

        Assert.AreEqual("bad_json", Replies.ErrorCode(badJson));
        Assert.AreEqual("unknown_type", Replies.ErrorCode(unknown));
        Assert.AreEqual("bad_request", Replies.ErrorCode(badField));
        Assert.AreEqual("b1", Replies.Id(badField));
        Assert.IsTrue(hello.GetProperty("ok").GetBoolean());
    }

    [TestMethod]
    public async Task Serve_OversizedFrame_AnswersFrameTooLargeAndKeepsServing()
    {
        await using var host = HostProcess.Start(dataDirectory, HostProcess.ExtensionOrigin);

        await host.SendRawAsync(Frames.Of(new byte[(1024 * 1024) + 1]));
        var refusal = await host.ReceiveAsync();
        var hello = await host.RequestAsync("""{"v":1,"id":"h3","type":"hello"}""");

        Assert.AreEqual("frame_too_large", Replies.ErrorCode(refusal));
        Assert.AreEqual("h3", Replies.Id(hello));
    }

    [TestMethod]
    public async Task Serve_StdinCloses_ExitsCleanly()
    {
        await using var host = HostProcess.Start(dataDirectory, HostProcess.ExtensionOrigin);
        await host.RequestAsync("""{"v":1,"id":"h4","type":"hello"}""");

        host.CloseInput();

        Assert.AreEqual(0, await host.WaitForExitAsync(ExitTimeout));
    }

    [TestMethod]
    public async Task Serve_BrowserDisconnectsMidFrame_ExitsWithoutCrashing()
    {
        await using var host = HostProcess.Start(dataDirectory, HostProcess.ExtensionOrigin);
        await host.RequestAsync("""{"v":1,"id":"h5","type":"hello"}""");

        await host.SendRawAsync(Frames.Of("""{"v":1,"id":"h6","type":"hello"}""")[..12]);
        host.CloseInput();

        Assert.AreEqual(0, await host.WaitForExitAsync(ExitTimeout));
        Assert.DoesNotContain("Unhandled exception", await host.StandardErrorAsync());
    }

    [TestMethod]
    public async Task Start_UnknownOrigin_SendsForbiddenAndExits()
    {
        await using var host = HostProcess.Start(dataDirectory, "chrome-extension://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/");

        var refusal = await host.ReceiveAsync();

        Assert.AreEqual("forbidden_origin", Replies.ErrorCode(refusal));
        Assert.AreEqual(3, await host.WaitForExitAsync(ExitTimeout));
    }

    [TestMethod]
    public async Task Serve_ChatText_NeverReachesLogsOrStderr()
    {
        await using var host = HostProcess.Start(dataDirectory, HostProcess.ExtensionOrigin);
        await host.RequestAsync(ConversationRequests.Score("c1", ("conv", "alex", [Canary, Canary + " send me a pic"])));
        await host.RequestAsync($$"""{"v":1,"id":"c2","type":"score","site":"x","messages":[{"conversation":"c","contact":"a","direction":"up","text":"{{Canary}}","key":"k"}]}""");
        await host.RequestAsync(Canary);
        host.CloseInput();
        await host.WaitForExitAsync(ExitTimeout);

        var logs = Directory.EnumerateFiles(Path.Combine(dataDirectory, "logs")).Select(File.ReadAllText).ToList();
        Assert.IsNotEmpty(logs);
        Assert.IsTrue(logs.All(log => !log.Contains("CANARY", StringComparison.Ordinal)));
        Assert.DoesNotContain("CANARY", await host.StandardErrorAsync());
    }

    [TestMethod]
    public async Task Start_DataDirectory_IsReadableByTheUserAlone()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Inconclusive("Unix file modes only.");
            return;
        }

        await using var host = HostProcess.Start(dataDirectory, HostProcess.ExtensionOrigin);
        await host.RequestAsync("""{"v":1,"id":"h7","type":"hello"}""");

        Assert.AreEqual(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(dataDirectory));
    }

    [TestMethod]
    public async Task Hello_ManySequentialRequests_AnswersEachInOrder()
    {
        await using var host = HostProcess.Start(dataDirectory, HostProcess.ExtensionOrigin);
        var batch = Enumerable.Range(0, 50).Select(index => Frames.Of($$"""{"v":1,"id":"q{{index}}","type":"hello"}""")).ToArray();

        await host.SendRawAsync(Frames.Concat(batch));
        var ids = new List<string?>();
        for (var index = 0; index < batch.Length; index++)
        {
            ids.Add(Replies.Id(await host.ReceiveAsync()));
        }

        CollectionAssert.AreEqual(Enumerable.Range(0, 50).Select(index => $"q{index}").ToList(), ids);
    }
}
