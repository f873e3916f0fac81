using System.Text.Json;
using Microsoft.Data.Sqlite;
using SafeBrowse.Host.Tests.Support;

namespace SafeBrowse.Host.Tests.Integration;

/// <summary>The family side of the built host over real pipes: profiles, PIN, pause, digest, feedback.</summary>
[TestClass]
public sealed class FamilyHostTests
{
    private const string Install = "install-0123456789abcdef";
    private const string Pin = "246810";

    private string dataDirectory = null!;

    [TestInitialize]
    public void CreateDataDirectory() => dataDirectory = Path.Combine(Directory.CreateTempSubdirectory("safebrowse-family-").FullName, "data");

    [TestCleanup]
    public void DeleteDataDirectory()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Path.GetDirectoryName(dataDirectory)!, recursive: true);
    }

    private static string Request(string id, string type, object? fields = null)
    {
        var body = new Dictionary<string, object?> { ["v"] = 1, ["id"] = id, ["type"] = type };
        if (fields is not null)
        {
            foreach (var property in JsonSerializer.SerializeToElement(fields).EnumerateObject())
            {
                body[property.Name] = property.Value;
            }
        }

        return JsonSerializer.Serialize(body);
    }

    private async Task<string> UnlockAsync(HostProcess host)
    {
        var setupCode = await ParentSetupCode.IssueAsync(dataDirectory);
        var set = await host.RequestAsync(Request("p1", "parent.set-pin", new { pin = Pin, setupCode }));
        Assert.IsTrue(set.GetProperty("ok").GetBoolean(), set.ToString());
        return set.GetProperty("session").GetString()!;
    }

    [TestMethod]
    public async Task Hello_FirstConnectionOfAFamily_CreatesTheFirstProfileInTheBrowsersLanguage()
    {
        await using var host = HostProcess.Start(dataDirectory, HostProcess.ExtensionOrigin);

        var hello = await host.RequestAsync(Request("h1", "hello", new { install = Install, language = "en" }));

        var profile = hello.GetProperty("profile");
        Assert.AreEqual("Family", profile.GetProperty("name").GetString());
        Assert.AreEqual("US", profile.GetProperty("country").GetString());
        Assert.IsFalse(hello.GetProperty("pinSet").GetBoolean());
        Assert.AreEqual(JsonValueKind.Null, hello.GetProperty("pausedUntil").ValueKind);
    }

    [TestMethod]
    public async Task ParentRequests_WithoutASession_AreRefused()
    {
        await using var host = HostProcess.Start(dataDirectory, HostProcess.ExtensionOrigin);
        await UnlockAsync(host);

        var overview = await host.RequestAsync(Request("o1", "parent.overview", new { session = "forged-session" }));
        var pause = await host.RequestAsync(Request("o2", "parent.pause", new { session = "", minutes = 60 }));
        var changePin = await host.RequestAsync(Request("o3", "parent.set-pin", new { pin = "999999" }));

        Assert.AreEqual("session_required", Replies.ErrorCode(overview));
        Assert.AreEqual("session_required", Replies.ErrorCode(pause));
        Assert.AreEqual("session_required", Replies.ErrorCode(changePin));
    }

    [TestMethod]
    public async Task SetPin_FirstPinWithoutTheSetupCode_RefusedUntilThePrintedCodeComes()
    {
        await using var host = HostProcess.Start(dataDirectory, HostProcess.ExtensionOrigin);
        var beforeAnyCode = await host.RequestAsync(Request("s0", "parent.set-pin", new { pin = Pin, setupCode = "2222-3333-4444" }));
        var statusBeforeAnyCode = await host.RequestAsync(Request("st0", "parent.status"));
        var setupCode = await ParentSetupCode.IssueAsync(dataDirectory);
        var statusWithACode = await host.RequestAsync(Request("st1", "parent.status"));

        var withoutCode = await host.RequestAsync(Request("s1", "parent.set-pin", new { pin = Pin }));
        JsonElement wrong = default;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            wrong = await host.RequestAsync(Request($"w{attempt}", "parent.set-pin", new { pin = Pin, setupCode = "2222-3333-4444" }));
        }

        var rightTooSoon = await host.RequestAsync(Request("s2", "parent.set-pin", new { pin = Pin, setupCode }));

        Assert.AreEqual("setup_code_missing", Replies.ErrorCode(beforeAnyCode));
        Assert.IsFalse(statusBeforeAnyCode.GetProperty("setupCodeReady").GetBoolean());
        Assert.IsTrue(statusWithACode.GetProperty("setupCodeReady").GetBoolean());
        Assert.AreEqual("setup_code_required", Replies.ErrorCode(withoutCode));
        Assert.AreEqual("setup_code_wrong", Replies.ErrorCode(wrong));
        Assert.AreEqual(30, wrong.GetProperty("error").GetProperty("retryAfterSeconds").GetInt32(), "a wrong code waits as a wrong PIN does");
        Assert.AreEqual("pin_locked", Replies.ErrorCode(rightTooSoon));
        Assert.IsFalse((await host.RequestAsync(Request("st2", "parent.status"))).GetProperty("pinSet").GetBoolean());
    }

    [TestMethod]
    public async Task SetPin_WithThePrintedCode_SetsThePinOnceAndTheOverviewSaysWhen()
    {
        await using var host = HostProcess.Start(dataDirectory, HostProcess.ExtensionOrigin);
        var setupCode = await ParentSetupCode.IssueAsync(dataDirectory);

        var set = await host.RequestAsync(Request("s1", "parent.set-pin", new { pin = Pin, setupCode }));
        var session = set.GetProperty("session").GetString();
        var overview = await host.RequestAsync(Request("o1", "parent.overview", new { session, install = Install }));
        await host.RequestAsync(Request("l1", "parent.lock", new { session }));
        var status = await host.RequestAsync(Request("st", "parent.status"));
        var again = await host.RequestAsync(Request("s2", "parent.set-pin", new { pin = "135790", setupCode }));

        Assert.IsTrue(set.GetProperty("ok").GetBoolean(), set.ToString());
        Assert.IsTrue(DateTimeOffset.TryParse(overview.GetProperty("pinSetAt").GetString(), out _), overview.ToString());
        Assert.IsTrue(status.GetProperty("pinSet").GetBoolean());
        Assert.IsFalse(status.GetProperty("setupCodeReady").GetBoolean(), "the code is spent");
        Assert.AreEqual("session_required", Replies.ErrorCode(again), "a spent code does not replace the parent's PIN");
    }

    [TestMethod]
    public async Task PinReset_ThenTheBrowserStartsAgain_PinClearedTheNewCodeSetsOneAndTheDigestSaysSo()
    {
        await using (var before = HostProcess.Start(dataDirectory, HostProcess.ExtensionOrigin))
        {
            await before.RequestAsync(Request("h0", "hello", new { install = Install, language = "en" }));
            await UnlockAsync(before);
        }

        var resetCode = await ParentSetupCode.IssueAsync(dataDirectory);
        await using var host = HostProcess.Start(dataDirectory, HostProcess.ExtensionOrigin);
        var hello = await host.RequestAsync(Request("h1", "hello", new { install = Install, language = "en" }));
        var oldPin = await host.RequestAsync(Request("u1", "parent.unlock", new { pin = Pin }));
        var set = await host.RequestAsync(Request("p1", "parent.set-pin", new { pin = "135790", setupCode = resetCode }));
        var session = set.GetProperty("session").GetString();
        var week = (await host.RequestAsync(Request("o1", "parent.overview", new { session, install = Install }))).GetProperty("week").GetString();
        var digest = await host.RequestAsync(Request("d1", "parent.digest", new { session, profile = "Family", week, lang = "en" }));

        var html = digest.GetProperty("html").GetString()!;
        Assert.IsFalse(hello.GetProperty("pinSet").GetBoolean(), "the reset is applied when the browser starts");
        Assert.AreEqual("pin_not_set", Replies.ErrorCode(oldPin));
        Assert.IsTrue(set.GetProperty("ok").GetBoolean(), set.ToString());
        Assert.AreEqual(2, CountOf(html, "The parents’ PIN was set on "), "the first PIN and the one after the reset");
        Assert.AreEqual(2, CountOf(html, "The parents’ PIN was reset on this computer on "), "each pin reset, the helper's first code being one too");
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;

    [TestMethod]
    public async Task Unlock_WrongPinFourTimes_TellsTheParentHowLongToWait()
    {
        await using var host = HostProcess.Start(dataDirectory, HostProcess.ExtensionOrigin);
        await UnlockAsync(host);

        JsonElement reply = default;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            reply = await host.RequestAsync(Request($"u{attempt}", "parent.unlock", new { pin = "000000" }));
        }

        var locked = await host.RequestAsync(Request("u9", "parent.unlock", new { pin = Pin }));
        var status = await host.RequestAsync(Request("st", "parent.status"));

        Assert.AreEqual("pin_wrong", Replies.ErrorCode(reply));
        Assert.AreEqual(30, reply.GetProperty("error").GetProperty("retryAfterSeconds").GetInt32());
        Assert.AreEqual("pin_locked", Replies.ErrorCode(locked));
        Assert.IsGreaterThan(0, status.GetProperty("retryAfterSeconds").GetInt32());
        Assert.IsTrue(status.GetProperty("pinSet").GetBoolean());
    }

    [TestMethod]
    public async Task ParentFlow_ProfileAssignedThenGrooming_ShowsInTheOverviewAndTheDigest()
    {
        await using var host = HostProcess.Start(dataDirectory, HostProcess.ExtensionOrigin);
        await host.RequestAsync(Request("h1", "hello", new { install = Install, language = "es" }));
        var session = await UnlockAsync(host);

        var saved = await host.RequestAsync(Request("p2", "parent.save-profile", new { session, profile = new { name = "Sofía", ageBand = "10_12", language = "es", country = "CO" } }));
        var assigned = await host.RequestAsync(Request("p3", "parent.assign", new { session, install = Install, profile = "Sofía" }));
        await host.RequestAsync(ConversationRequests.Score("s1", ("c-groom", "alex_22", ConversationRequests.Grooming)));
        var overview = await host.RequestAsync(Request("p4", "parent.overview", new { session, install = Install }));
        var week = overview.GetProperty("week").GetString()!;
        var digest = await host.RequestAsync(Request("p5", "parent.digest", new { session, profile = "Sofía", week, lang = "es" }));

        Assert.IsTrue(saved.GetProperty("ok").GetBoolean(), saved.ToString());
        Assert.AreEqual("Sofía", assigned.GetProperty("installProfile").GetString());
        Assert.AreEqual("Sofía", overview.GetProperty("installProfile").GetString());
        var sofia = overview.GetProperty("profiles").EnumerateArray().Single(profile => profile.GetProperty("name").GetString() == "Sofía");
        var summary = sofia.GetProperty("week");
        Assert.IsGreaterThan(0, summary.GetProperty("notices").GetInt32() + summary.GetProperty("alerts").GetInt32());
        Assert.AreEqual(1, summary.GetProperty("contactsRaised").GetInt32());
        var html = digest.GetProperty("html").GetString()!;
        StringAssert.Contains(html, "Sofía");
        StringAssert.Contains(html, "alex_22");
        StringAssert.Contains(html, "lang=\"es\"");
    }

    [TestMethod]
    public async Task Pause_ForAnHour_StopsScoringUntilResumed()
    {
        await using var host = HostProcess.Start(dataDirectory, HostProcess.ExtensionOrigin);
        await host.RequestAsync(Request("h1", "hello", new { install = Install }));
        var session = await UnlockAsync(host);

        var pause = await host.RequestAsync(Request("p2", "parent.pause", new { session, minutes = 60 }));
        var whilePaused = await host.RequestAsync(ConversationRequests.Score("s1", ("c-groom", "alex", ConversationRequests.Grooming)));
        var hello = await host.RequestAsync(Request("h2", "hello", new { install = Install }));
        await host.RequestAsync(Request("p3", "parent.pause", new { session, minutes = 0 }));
        var resumed = await host.RequestAsync(ConversationRequests.Score("s2", ("c-groom", "alex", ConversationRequests.Grooming)));

        Assert.AreEqual(JsonValueKind.String, pause.GetProperty("pausedUntil").ValueKind);
        Assert.IsTrue(whilePaused.GetProperty("paused").GetBoolean());
        Assert.AreEqual(0, whilePaused.GetProperty("decisions").GetArrayLength());
        Assert.AreEqual(pause.GetProperty("pausedUntil").GetString(), hello.GetProperty("pausedUntil").GetString());
        Assert.IsFalse(resumed.GetProperty("paused").GetBoolean());
        Assert.AreNotEqual("none", resumed.GetProperty("decisions")[0].GetProperty("level").GetString());
    }

    [TestMethod]
    public async Task Feedback_ThisWasWrong_IsRecordedForTheParentToReview()
    {
        await using var host = HostProcess.Start(dataDirectory, HostProcess.ExtensionOrigin);
        await host.RequestAsync(Request("h1", "hello", new { install = Install }));
        await host.RequestAsync(ConversationRequests.Score("s1", ("c-groom", "alex", ConversationRequests.Grooming)));

        var feedback = await host.RequestAsync(Request("f1", "feedback", new { site = "127.0.0.1", conversation = "c-groom", contact = "alex", categories = new[] { "secrecy" } }));
        var badCategory = await host.RequestAsync(Request("f2", "feedback", new { site = "127.0.0.1", conversation = "c-groom", contact = "alex", categories = new[] { "<script>" } }));
        var session = await UnlockAsync(host);
        var overview = await host.RequestAsync(Request("p2", "parent.overview", new { session }));
        var item = overview.GetProperty("feedback")[0];
        var review = await host.RequestAsync(Request("p3", "parent.review", new { session, feedbackId = item.GetProperty("id").GetInt64(), verdict = "disagree" }));
        var missing = await host.RequestAsync(Request("p4", "parent.review", new { session, feedbackId = 999_999, verdict = "agree" }));
        var after = await host.RequestAsync(Request("p5", "parent.overview", new { session }));

        Assert.IsTrue(feedback.GetProperty("ok").GetBoolean());
        Assert.AreEqual("bad_request", Replies.ErrorCode(badCategory));
        Assert.AreEqual("alex", item.GetProperty("contact").GetString());
        Assert.IsTrue(review.GetProperty("ok").GetBoolean());
        Assert.AreEqual("not_found", Replies.ErrorCode(missing));
        Assert.AreEqual("disagree", after.GetProperty("feedback")[0].GetProperty("verdict").GetString());
    }

    [TestMethod]
    public async Task SaveSettings_OutOfRange_IsRefusedAndValidOnesComeBack()
    {
        await using var host = HostProcess.Start(dataDirectory, HostProcess.ExtensionOrigin);
        var session = await UnlockAsync(host);

        var refused = await host.RequestAsync(Request("p2", "parent.save-settings", new { session, settings = new { sensitivity = "extreme", excerpts = "never", retentionDays = 90, defaultProfile = (string?)null } }));
        var saved = await host.RequestAsync(Request("p3", "parent.save-settings", new { session, settings = new { sensitivity = "high", excerpts = "never", retentionDays = 30, defaultProfile = (string?)null } }));

        Assert.AreEqual("bad_request", Replies.ErrorCode(refused));
        var settings = saved.GetProperty("settings");
        Assert.AreEqual("high", settings.GetProperty("sensitivity").GetString());
        Assert.AreEqual("never", settings.GetProperty("excerpts").GetString());
        Assert.AreEqual(30, settings.GetProperty("retentionDays").GetInt32());
    }
}
