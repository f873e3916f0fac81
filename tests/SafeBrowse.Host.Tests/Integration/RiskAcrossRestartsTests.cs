using System.Text.Json;
using Microsoft.Data.Sqlite;
using SafeBrowse.Host.Tests.Support;

namespace SafeBrowse.Host.Tests.Integration;

/// <summary>
/// Issue 12's measure over real pipes: the same grooming conversations, in 10-message score batches, once in one
/// host process and once cut into 4 browser sessions (a fresh host process each, one data folder).
/// </summary>
[TestClass]
public sealed class RiskAcrossRestartsTests
{
    private const int BatchSize = 10;
    private const int Sessions = 4;

    private string dataDirectory = null!;

    public TestContext TestContext { get; set; } = null!;

    [TestInitialize]
    public void CreateDataDirectory() => dataDirectory = Path.Combine(Directory.CreateTempSubdirectory("safebrowse-restarts-").FullName, "data");

    [TestCleanup]
    public void DeleteDataDirectory()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Path.GetDirectoryName(dataDirectory)!, recursive: true);
    }

    [TestMethod]
    public async Task Score_ConversationsCutIntoFourSessions_ReachAlertAtLeastNineTenthsAsOftenAsInOneProcess()
    {
        var batches = Enumerable.Range(0, SlowGroomingChats.Count).Select(Batches).ToArray();
        var batchesEach = batches[0].Count;

        var single = await ReplayAsync(_ => Path.Combine(dataDirectory, "single"), [(0, batchesEach)], batches);
        var restarted = await ReplayAsync(_ => Path.Combine(dataDirectory, "restarted"), SessionRanges(batchesEach), batches);

        TestContext.WriteLine($"alert reached: one process {single.Count}/{batches.Length}, four sessions {restarted.Count}/{batches.Length}");
        Assert.IsGreaterThanOrEqualTo(batches.Length - 1, single.Count, "the conversations must reach alert in one process for the comparison to mean anything");
        Assert.IsGreaterThanOrEqualTo(0.9 * single.Count, restarted.Count, $"one process {single.Count}, four sessions {restarted.Count}");
    }

    [TestMethod]
    public async Task Score_FourSessionsThatForgetBetweenThem_ReachAlertLessOften()
    {
        var batches = Enumerable.Range(0, SlowGroomingChats.Count).Select(Batches).ToArray();

        var single = await ReplayAsync(_ => Path.Combine(dataDirectory, "single"), [(0, batches[0].Count)], batches);
        var forgetful = await ReplayAsync(session => Path.Combine(dataDirectory, $"forgetful-{session}"), SessionRanges(batches[0].Count), batches);

        TestContext.WriteLine($"alert reached: one process {single.Count}/{batches.Length}, four sessions without the saved state {forgetful.Count}/{batches.Length}");
        Assert.IsLessThan(0.9 * single.Count, forgetful.Count, "without remembered risk these conversations must fall short, or the restart test proves nothing");
    }

    [TestMethod]
    public async Task Score_TwoHostProcessesAtOnce_EachGoesOnFromWhatTheOtherSaw()
    {
        var folder = Path.Combine(dataDirectory, "shared");
        await using var first = HostProcess.Start(folder, HostProcess.ExtensionOrigin);
        await using var second = HostProcess.Start(folder, HostProcess.ExtensionOrigin);

        await first.RequestAsync(OneMessage("a1", "you seem really mature for your age"));
        await second.RequestAsync(OneMessage("b1", "do you have snapchat? easier to talk there"));
        await first.RequestAsync(OneMessage("a2", "this is just between us ok, don't tell your parents"));
        var last = await second.RequestAsync(OneMessage("b2", "can you send me a pic of you?"));

        var decision = last.GetProperty("decisions")[0];
        var categories = decision.GetProperty("categories").EnumerateArray().Select(category => category.GetString()).ToList();
        Assert.AreEqual("alert", decision.GetProperty("level").GetString(), last.ToString());
        CollectionAssert.IsSubsetOf(new[] { "flattery", "private_channel", "secrecy", "photo_request" }, categories);
    }

    private static string OneMessage(string key, string text) => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["v"] = 1,
        ["id"] = key,
        ["type"] = "score",
        ["site"] = "web.whatsapp.com",
        ["messages"] = new[]
        {
            new Dictionary<string, string>
            {
                ["conversation"] = "shared-chat",
                ["contact"] = "alex",
                ["direction"] = "incoming",
                ["text"] = text,
                ["key"] = $"shared-chat|{key}",
            },
        },
    });

    private static (int Start, int End)[] SessionRanges(int batches)
    {
        var perSession = (batches + Sessions - 1) / Sessions;
        return [.. Enumerable.Range(0, Sessions).Select(session => (session * perSession, Math.Min(batches, (session + 1) * perSession)))];
    }

    /// <summary>Replays every conversation's batches in [start, end) of each range, a fresh host process per range.</summary>
    /// <returns>The conversations that reached alert.</returns>
    private static async Task<HashSet<int>> ReplayAsync(Func<int, string> folderOfSession, (int Start, int End)[] sessions, IReadOnlyList<string>[] batches)
    {
        var alerted = new HashSet<int>();
        var requestId = 0;
        for (var session = 0; session < sessions.Length; session++)
        {
            var (start, end) = sessions[session];
            await using var host = HostProcess.Start(folderOfSession(session), HostProcess.ExtensionOrigin);
            for (var batch = start; batch < end; batch++)
            {
                for (var conversation = 0; conversation < batches.Length; conversation++)
                {
                    var reply = await host.RequestAsync(batches[conversation][batch].Replace("\"id\":\"?\"", $"\"id\":\"s{requestId++}\"", StringComparison.Ordinal));
                    Assert.IsTrue(reply.GetProperty("ok").GetBoolean(), reply.ToString());
                    if (reply.GetProperty("decisions").EnumerateArray().Any(decision => decision.GetProperty("level").GetString() == "alert"))
                    {
                        alerted.Add(conversation);
                    }
                }
            }

            host.CloseInput();
            Assert.AreEqual(0, await host.WaitForExitAsync(TimeSpan.FromSeconds(30)), "the host must exit cleanly when the browser closes");
        }

        return alerted;
    }

    private static List<string> Batches(int conversation) =>
        [.. SlowGroomingChats.Conversation(conversation)
            .Select((message, index) => new Dictionary<string, string>
            {
                ["conversation"] = $"slow-{conversation}",
                ["contact"] = $"contact-{conversation}",
                ["direction"] = message.Incoming ? "incoming" : "outgoing",
                ["text"] = message.Text,
                ["key"] = $"slow-{conversation}-{index}",
            })
            .Chunk(BatchSize)
            .Select(chunk => JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["v"] = 1,
                ["id"] = "?",
                ["type"] = "score",
                ["site"] = "web.whatsapp.com",
                ["messages"] = chunk,
            }))];
}
