using System.Text;
using Microsoft.Data.Sqlite;
using SafeBrowse.Host.Tests.Support;
using SafeBrowse.Storage;

namespace SafeBrowse.Host.Tests.Integration;

/// <summary>What reaches the disk: benign text never, flagged text only as an alert's excerpt, and every event the host answered for.</summary>
[TestClass]
public sealed class PrivacyAndDurabilityTests
{
    private const string BenignCanary = "zorblatquux";
    private const string FlaggedCanary = "vexmirtolan";
    private const string Install = "install-0123456789abcdef";

    private string dataDirectory = null!;

    [TestInitialize]
    public void CreateDataDirectory() => dataDirectory = Path.Combine(Directory.CreateTempSubdirectory("safebrowse-privacy-").FullName, "data");

    [TestCleanup]
    public void DeleteDataDirectory()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Path.GetDirectoryName(dataDirectory)!, recursive: true);
    }

    private static string[] WithCanary(string[] texts, string canary) => [.. texts.Select(text => $"{text} {canary}")];

    private IEnumerable<(string Path, string Content)> EveryFile() =>
        Directory.EnumerateFiles(dataDirectory, "*", SearchOption.AllDirectories)
            .Select(path => (path, Encoding.UTF8.GetString(File.ReadAllBytes(path))));

    [TestMethod]
    public async Task Score_BenignAndFlaggedText_OnlyTheAlertsExcerptReachesTheDiskAndNothingReachesTheLogs()
    {
        await using (var host = HostProcess.Start(dataDirectory, HostProcess.ExtensionOrigin))
        {
            await host.RequestAsync($$"""{"v":1,"id":"h1","type":"hello","install":"{{Install}}"}""");
            var reply = await host.RequestAsync(ConversationRequests.Score(
                "s1",
                ("c-school", "sam", WithCanary(ConversationRequests.Benign, BenignCanary)),
                ("c-groom", "alex", WithCanary(ConversationRequests.Grooming, FlaggedCanary))));
            Assert.Contains("\"alert\"", reply.ToString());
            var refused = await host.RequestAsync(
                $$"""{"v":1,"id":"bad","type":"score","site":"x","messages":[{"conversation":"c","contact":"a","direction":"sideways","text":"{{BenignCanary}}","key":"k"}]}""");
            Assert.DoesNotContain(BenignCanary, refused.ToString(), "an error reply quoted the text");
            host.CloseInput();
            Assert.AreEqual(0, await host.WaitForExitAsync(TimeSpan.FromSeconds(10)));
        }

        var files = EveryFile().ToList();
        var database = FamilyDatabase.Open(dataDirectory, TimeProvider.System);
        var events = database.Events.Between(database.Profiles.List()[0].Id, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddHours(1));

        Assert.IsGreaterThan(1, files.Count, "the database and a log were written");
        foreach (var (path, content) in files)
        {
            Assert.DoesNotContain(BenignCanary, content, $"{Path.GetFileName(path)} holds benign text");
            if (path.Contains("logs", StringComparison.Ordinal))
            {
                Assert.DoesNotContain(FlaggedCanary, content, $"{Path.GetFileName(path)} is a log holding chat text");
            }
        }

        Assert.IsTrue(events.Any(flagged => flagged.Level == "alert" && flagged.Excerpt!.Contains(FlaggedCanary, StringComparison.Ordinal)));
        Assert.IsTrue(events.All(flagged => flagged.Level == "alert" || flagged.Excerpt is null), "notices keep no excerpt");
    }

    [TestMethod]
    public async Task Score_ExcerptsTurnedOff_KeepsNoTextAtAll()
    {
        var database = FamilyDatabase.Open(dataDirectory, TimeProvider.System);
        database.Settings.Write(database.Settings.Read() with { Excerpts = ExcerptPolicy.Never });
        SqliteConnection.ClearAllPools();

        await using (var host = HostProcess.Start(dataDirectory, HostProcess.ExtensionOrigin))
        {
            await host.RequestAsync(ConversationRequests.Score("s1", ("c-groom", "alex", WithCanary(ConversationRequests.Grooming, FlaggedCanary))));
            host.CloseInput();
            await host.WaitForExitAsync(TimeSpan.FromSeconds(10));
        }

        Assert.IsFalse(EveryFile().Any(file => file.Content.Contains(FlaggedCanary, StringComparison.Ordinal)));
    }

    [TestMethod]
    public async Task Score_HostKilledRightAfterItsReply_TheEventItAnsweredForSurvives()
    {
        await using (var host = HostProcess.Start(dataDirectory, HostProcess.ExtensionOrigin))
        {
            var reply = await host.RequestAsync(ConversationRequests.Score("s1", ("c-groom", "alex", ConversationRequests.Grooming)));
            Assert.IsTrue(reply.GetProperty("decisions")[0].GetProperty("notify").GetBoolean());
        }

        var database = FamilyDatabase.Open(dataDirectory, TimeProvider.System);
        var profile = database.Profiles.List().Single();
        var events = database.Events.Between(profile.Id, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddHours(1));

        Assert.IsTrue(events.Any(flagged => flagged.Contact == "alex"), "the host was killed (SIGKILL) right after replying");
    }

    [TestMethod]
    public async Task Start_CorruptDatabase_KeepsProtectingAndReportsItToTheParent()
    {
        Directory.CreateDirectory(dataDirectory);
        await File.WriteAllBytesAsync(Path.Combine(dataDirectory, "safebrowse.db"), Encoding.UTF8.GetBytes(new string('x', 8192)));

        await using var host = HostProcess.Start(dataDirectory, HostProcess.ExtensionOrigin);
        var score = await host.RequestAsync(ConversationRequests.Score("s1", ("c-groom", "alex", ConversationRequests.Grooming)));
        var setupCode = await ParentSetupCode.IssueAsync(dataDirectory);
        var set = await host.RequestAsync($$"""{"v":1,"id":"p1","type":"parent.set-pin","pin":"246810","setupCode":"{{setupCode}}"}""");
        var session = set.GetProperty("session").GetString();
        var overview = await host.RequestAsync($$"""{"v":1,"id":"p2","type":"parent.overview","session":"{{session}}"}""");

        Assert.AreNotEqual("none", score.GetProperty("decisions")[0].GetProperty("level").GetString());
        Assert.AreEqual("database_replaced", overview.GetProperty("storageProblems")[0].GetProperty("kind").GetString());
        Assert.IsTrue(Directory.EnumerateFiles(dataDirectory, "safebrowse.db.corrupt-*").Any(), "the unreadable file is kept aside");
    }

    [TestMethod]
    public async Task ScanRecord_BenignAndFlaggedChatsFromAFile_KeepOnlyTheAlertsExcerpt()
    {
        var input = Path.Combine(Path.GetDirectoryName(dataDirectory)!, "chats.jsonl");
        var grooming = string.Join(",", ConversationRequests.Grooming.Select(text => $$"""{"from":"contact","text":"{{text}} {{FlaggedCanary}}"}"""));
        var benign = string.Join(",", ConversationRequests.Benign.Select(text => $$"""{"from":"contact","text":"{{text}} {{BenignCanary}}"}"""));
        await File.WriteAllTextAsync(input, $$"""
            {"id":"groom","messages":[{{grooming}}]}
            {"id":"school","messages":[{{benign}}]}
            """);
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "safebrowse-host.dll"), "scan", "--input", input, "--output", input + ".out", "--profile", "Ana", "--record", "--data-dir", dataDirectory })
        {
            start.ArgumentList.Add(argument);
        }

        using (var scan = System.Diagnostics.Process.Start(start)!)
        {
            var error = await scan.StandardError.ReadToEndAsync();
            await scan.WaitForExitAsync();
            Assert.AreEqual(0, scan.ExitCode, error);
            Assert.DoesNotContain(BenignCanary, error);
        }

        SqliteConnection.ClearAllPools();
        var files = EveryFile().ToList();
        Assert.IsTrue(files.Any(file => file.Content.Contains(FlaggedCanary, StringComparison.Ordinal)), "the alert's excerpt was kept");
        Assert.IsFalse(files.Any(file => file.Content.Contains(BenignCanary, StringComparison.Ordinal)), "benign text reached the data folder");
    }
}
