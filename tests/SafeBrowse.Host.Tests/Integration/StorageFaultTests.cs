using System.Text.Json;
using Microsoft.Data.Sqlite;
using SafeBrowse.Host.Tests.Support;
using SafeBrowse.Storage;

namespace SafeBrowse.Host.Tests.Integration;

/// <summary>The disk refuses writes under a running host, or two hosts start on one folder: protection goes on and nothing is corrupted.</summary>
[TestClass]
public sealed class StorageFaultTests
{
    private const string Pin = "246810";

    private static string Score(string id, string contact) => ConversationRequests.Score(id, ($"c-{contact}", contact, ConversationRequests.Grooming));

    private static async Task<JsonElement> OverviewAsync(HostProcess host, string dataDirectory)
    {
        var setupCode = await ParentSetupCode.IssueAsync(dataDirectory);
        var set = await host.RequestAsync($$"""{"v":1,"id":"p1","type":"parent.set-pin","pin":"{{Pin}}","setupCode":"{{setupCode}}"}""");
        var session = set.GetProperty("session").GetString();
        return await host.RequestAsync($$"""{"v":1,"id":"p2","type":"parent.overview","session":"{{session}}"}""");
    }

    private static List<string> ProblemKinds(JsonElement overview) =>
        [.. overview.GetProperty("storageProblems").EnumerateArray().Select(problem => problem.GetProperty("kind").GetString()!)];

    [TestMethod]
    public async Task Score_DiskFullUnderTheHost_KeepsProtectingAndReportsItOnceThereIsRoom()
    {
        using var disk = SmallDisk.Mount(kilobytes: 1024);
        var dataDirectory = Path.Combine(disk.MountPoint, "data");
        await using var host = HostProcess.Start(dataDirectory, HostProcess.ExtensionOrigin);
        await host.RequestAsync("""{"v":1,"id":"h1","type":"hello"}""");

        var filler = disk.Fill();
        var whileFull = await host.RequestAsync(Score("s1", "alex"));
        File.Delete(filler);
        var afterwards = await host.RequestAsync(Score("s2", "blake"));
        var overview = await OverviewAsync(host, dataDirectory);

        Assert.AreNotEqual("none", whileFull.GetProperty("decisions")[0].GetProperty("level").GetString(), "scoring went on with a full disk");
        Assert.IsTrue(afterwards.GetProperty("decisions")[0].GetProperty("notify").GetBoolean());
        CollectionAssert.Contains(ProblemKinds(overview), "write_failed");
    }

    [TestMethod]
    public async Task Start_DataFolderOnAReadOnlyDisk_KeepsProtectingAndTellsTheParentPagesWhy()
    {
        using var disk = SmallDisk.Mount(kilobytes: 4096);
        var dataDirectory = Path.Combine(disk.MountPoint, "data");
        await using (var earlier = HostProcess.Start(dataDirectory, HostProcess.ExtensionOrigin))
        {
            await earlier.RequestAsync(Score("s0", "casey"));
            earlier.CloseInput();
            await earlier.WaitForExitAsync(TimeSpan.FromSeconds(10));
        }

        // A disk cannot be turned read-only under files open for writing, so the host starts on one.
        disk.MakeReadOnly(true);
        await using var host = HostProcess.Start(dataDirectory, HostProcess.ExtensionOrigin);
        var hello = await host.RequestAsync("""{"v":1,"id":"h1","type":"hello"}""");
        var score = await host.RequestAsync(Score("s1", "alex"));
        var parent = await host.RequestAsync($$"""{"v":1,"id":"p0","type":"parent.set-pin","pin":"{{Pin}}"}""");
        disk.MakeReadOnly(false);

        Assert.IsTrue(hello.GetProperty("ok").GetBoolean());
        Assert.AreNotEqual("none", score.GetProperty("decisions")[0].GetProperty("level").GetString(), "scoring went on with a read-only disk");
        Assert.AreEqual("storage_unavailable", Replies.ErrorCode(parent));
        StringAssert.Contains(parent.GetProperty("error").GetProperty("message").GetString(), "doctor");
    }

    [TestMethod]
    public async Task Start_TwoHostsAtOnceOnAFreshFolder_BothServeAndTheDatabaseStaysWhole()
    {
        var dataDirectory = Path.Combine(Directory.CreateTempSubdirectory("safebrowse-twice-").FullName, "data");
        try
        {
            await using (var first = HostProcess.Start(dataDirectory, HostProcess.ExtensionOrigin))
            await using (var second = HostProcess.Start(dataDirectory, HostProcess.ExtensionOrigin))
            {
                var replies = await Task.WhenAll(
                    first.RequestAsync("""{"v":1,"id":"a","type":"hello","install":"install-aaaaaaaaaaaaaaaa"}"""),
                    second.RequestAsync("""{"v":1,"id":"b","type":"hello","install":"install-bbbbbbbbbbbbbbbb"}"""));
                var scores = await Task.WhenAll(first.RequestAsync(Score("s1", "alex")), second.RequestAsync(Score("s2", "blake")));
                first.CloseInput();
                second.CloseInput();
                Assert.AreEqual(0, await first.WaitForExitAsync(TimeSpan.FromSeconds(10)));
                Assert.AreEqual(0, await second.WaitForExitAsync(TimeSpan.FromSeconds(10)));
                Assert.IsTrue(replies.All(reply => reply.GetProperty("ok").GetBoolean()), string.Join(" ", replies));
                Assert.IsTrue(scores.All(reply => reply.GetProperty("decisions")[0].GetProperty("notify").GetBoolean()));
            }

            SqliteConnection.ClearAllPools();
            var health = FamilyDatabase.Inspect(dataDirectory);
            var database = FamilyDatabase.Open(dataDirectory, TimeProvider.System);
            var profile = database.Profiles.List().Single();
            var contacts = database.Events.Between(profile.Id, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddHours(1)).Select(flagged => flagged.Contact).ToHashSet();

            Assert.IsTrue(health.IsHealthy, health.IntegrityProblem ?? "permissions or schema");
            CollectionAssert.AreEquivalent(new[] { "alex", "blake" }, contacts.ToList());
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(Path.GetDirectoryName(dataDirectory)!, recursive: true);
        }
    }
}
