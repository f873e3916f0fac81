using System.Buffers.Binary;
using System.Text;
using System.Text.Json;
using SafeBrowse.Host.Messaging;
using SafeBrowse.Host.Tests.Support;

namespace SafeBrowse.Host.Tests.Fuzz;

/// <summary>
/// A sample of the fuzzed frames against the built host over real pipes: it answers each, stays up until stdin
/// closes, then exits 0, also when the browser leaves in the middle of a frame.
/// </summary>
[TestClass]
public sealed class HostProcessFuzzTests(TestContext testContext)
{
    private const int QuickFrames = 300;
    private const int LongRunFrames = 3_000;
    private const string UnguessedPin = "fuzz-pin-never-generated";
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(10);

    private string dataDirectory = null!;

    [TestInitialize]
    public void CreateDataDirectory() => dataDirectory = Path.Combine(Directory.CreateTempSubdirectory("safebrowse-fuzz-").FullName, "data");

    [TestCleanup]
    public void DeleteDataDirectory()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Path.GetDirectoryName(dataDirectory)!, recursive: true);
    }

    [TestMethod]
    public async Task Serve_FuzzedFramesOverPipes_AnswersEachAndExitsZeroOnlyWhenStdinCloses()
    {
        var seed = FuzzSettings.Seed();
        var frames = FuzzSettings.IsLongRun ? LongRunFrames : QuickFrames;
        var random = new Random(seed);
        var report = new FuzzReport(seed);
        await using var host = HostProcess.Start(dataDirectory, HostProcess.ExtensionOrigin);
        var session = await OpenSessionAsync(host, dataDirectory);
        var generator = new FrameGenerator(random, () => session, () => "spare-session-never-opened", declareHugeFrames: false);

        for (var frame = 0; frame < frames && !report.IsFull; frame++)
        {
            var sent = generator.Next();
            try
            {
                await host.SendRawAsync(Frames.Of(sent.Body));
                if (ReplyContract.Violation(sent, Raw(await host.ReceiveAsync())) is { } broken)
                {
                    report.Add(frame, broken, sent);
                }

                if (ProbeHello.Violation(frame, Raw(await host.RequestAsync(ProbeHello.Json(frame)))) is { } deaf)
                {
                    report.Add(frame, deaf, sent);
                }
            }
            catch (Exception lost) when (lost is EndOfStreamException or IOException or JsonException or OperationCanceledException)
            {
                report.Add(frame, $"the host stopped answering ({lost.GetType().Name}: {lost.Message})", sent);
                break;
            }
        }

        host.CloseInput();
        var exitCode = await host.WaitForExitAsync(ExitTimeout);
        testContext.WriteLine($"{frames} frames over pipes, {FuzzSettings.Replay(seed)}");
        Assert.IsEmpty(report.Problems, report.ToString());
        Assert.AreEqual(0, exitCode, FuzzSettings.Replay(seed));
        Assert.DoesNotContain("Unhandled exception", await host.StandardErrorAsync());
    }

    [TestMethod]
    public async Task Serve_BrowserLeavesInsideAFrameDeclaredOverTheCap_ExitsZero()
    {
        await using var host = HostProcess.Start(dataDirectory, HostProcess.ExtensionOrigin);
        var hello = await host.RequestAsync(ProbeHello.Json(0));

        var header = new byte[FrameLimits.HeaderLength];
        BinaryPrimitives.WriteUInt32LittleEndian(header, 1u << 31);
        await host.SendRawAsync([.. header, .. new byte[3 * 64 * 1024]]);
        host.CloseInput();

        Assert.IsTrue(hello.GetProperty("ok").GetBoolean());
        Assert.AreEqual(0, await host.WaitForExitAsync(ExitTimeout));
        Assert.DoesNotContain("Unhandled exception", await host.StandardErrorAsync());
    }

    /// <summary>
    /// Opens a session, so parent requests reach their handlers over the pipes too. The PIN is one the generator never
    /// tries: after three wrong tries the host stops hashing them (600,000 PBKDF2 rounds each), which keeps this fast.
    /// </summary>
    private static async Task<string> OpenSessionAsync(HostProcess host, string dataDirectory)
    {
        var setupCode = await ParentSetupCode.IssueAsync(dataDirectory);
        var opened = await host.RequestAsync($$"""{"v":1,"id":"pin","type":"parent.set-pin","pin":"{{UnguessedPin}}","setupCode":"{{setupCode}}"}""");
        Assert.IsTrue(opened.GetProperty("ok").GetBoolean(), opened.ToString());
        return opened.GetProperty("session").GetString()!;
    }

    private static byte[] Raw(JsonElement reply) => Encoding.UTF8.GetBytes(reply.GetRawText());
}
