using Microsoft.Data.Sqlite;
using SafeBrowse.Digest;
using SafeBrowse.Host.Digests;
using SafeBrowse.Host.Tests.Support;
using SafeBrowse.Storage;

namespace SafeBrowse.Host.Tests.Handlers;

[TestClass]
public sealed class TrustedContactHandlerTests
{
    private const string Child = "Ana";
    private static readonly string[] Pickup = ["a que hora sales del colegio?", "te recojo a la salida"];

    private string dataDirectory = null!;

    [TestInitialize]
    public void CreateDataDirectory() => dataDirectory = Directory.CreateTempSubdirectory("safebrowse-trust-").FullName;

    [TestCleanup]
    public void DeleteDataDirectory()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(dataDirectory, recursive: true);
    }

    private FamilyRiskRouter Host()
    {
        var host = new FamilyRiskRouter(dataDirectory);
        if (host.Storage.Database!.Profiles.Find(Child) is null)
        {
            host.Storage.Database.Profiles.Save(Child, AgeBand.From10To12, "es", "CO");
        }

        return host;
    }

    private static string Level(System.Text.Json.JsonElement decision) => decision.GetProperty("level").GetString()!;

    [TestMethod]
    public async Task Trust_ThenPickupMessages_RaiseNothingWhileAStrangersAlert()
    {
        var host = Host();

        await host.TrustAsync(Child, "Mamá", "family");

        Assert.AreEqual("none", Level(await host.ScoreAsync("Mamá", Pickup)));
        Assert.AreEqual("alert", Level(await host.ScoreAsync("stranger", Pickup)));
    }

    [TestMethod]
    public async Task Trust_SeriousPatternFromTrustedContact_StillAlerts()
    {
        var host = Host();
        await host.TrustAsync(Child, "Mamá", "trusted");
        await host.ScoreAsync("Mamá", Pickup);

        var decision = await host.ScoreAsync("Mamá", "que tienes puesto? me pones muy caliente");

        Assert.AreEqual("alert", Level(decision));
        Assert.IsTrue(decision.GetProperty("notify").GetBoolean());
    }

    [TestMethod]
    public async Task Trust_AfterARestart_StillKeepsPickupQuiet()
    {
        await Host().TrustAsync(Child, "Mamá", "family");

        var restarted = Host();
        var decision = await restarted.ScoreAsync("Mamá", Pickup);

        Assert.AreEqual("none", Level(decision));
        var trusted = (await restarted.ContactsAsync(Child)).GetProperty("trusted")[0];
        Assert.AreEqual("Mamá", trusted.GetProperty("contact").GetString());
        Assert.AreEqual("family", trusted.GetProperty("kind").GetString());
        Assert.AreEqual("web.whatsapp.com", trusted.GetProperty("site").GetString());
    }

    [TestMethod]
    public async Task Untrust_PickupMessagesCountAgain()
    {
        var host = Host();
        await host.TrustAsync(Child, "Mamá", "family");
        await host.ScoreAsync("Mamá", Pickup[0]);

        var undone = await host.TrustAsync(Child, "Mamá", kind: null);
        var decision = await host.ScoreAsync("Mamá", Pickup[1]);

        Assert.AreEqual(0, undone.GetProperty("trusted").GetArrayLength());
        Assert.AreEqual("alert", Level(decision));
    }

    [TestMethod]
    public async Task Contacts_AlertedContact_IsOfferedUntilTrusted()
    {
        var host = Host();
        await host.ScoreAsync("Mamá", Pickup);

        var before = await host.ContactsAsync(Child);
        var after = await host.TrustAsync(Child, "Mamá", "family");

        var recent = before.GetProperty("recent")[0];
        Assert.AreEqual("Mamá", recent.GetProperty("contact").GetString());
        Assert.AreEqual("alert", recent.GetProperty("level").GetString());
        Assert.AreEqual(0, after.GetProperty("recent").GetArrayLength());
        Assert.AreEqual(1, after.GetProperty("trusted").GetArrayLength());
    }

    [TestMethod]
    public async Task TrustThenUntrust_TheWeeksDigestSaysBoth()
    {
        var host = Host();
        await host.TrustAsync(Child, "Mamá", "family");
        await host.TrustAsync(Child, "Mamá", kind: null);

        var database = host.Storage.Database!;
        var week = IsoWeek.Containing(DateTimeOffset.UtcNow, TimeZoneInfo.Local);
        var html = new DigestComposer(TimeProvider.System).Compose(database, database.Profiles.Find(Child)!, week, "en");

        StringAssert.Contains(html, "<bdi>Mamá</bdi> on <bdi>web.whatsapp.com</bdi> was marked as family on ");
        StringAssert.Contains(html, "<bdi>Mamá</bdi> on <bdi>web.whatsapp.com</bdi> is no longer marked as family or trusted");
    }

    [TestMethod]
    public async Task Trust_WithoutAValidSession_IsRefusedAndStoresNothing()
    {
        var host = Host();

        var reply = await host.TrustAsync(Child, "Mamá", "family", session: "not-a-session");

        Assert.AreEqual("session_required", Replies.ErrorCode(reply));
        Assert.IsEmpty(host.Storage.Database!.TrustedContacts.List(host.Storage.Database.Profiles.Find(Child)!.Id));
        Assert.AreEqual("alert", Level(await host.ScoreAsync("Mamá", Pickup)));
    }

    [TestMethod]
    [DataRow("kind", "friend", "bad_request")]
    [DataRow("contact", "", "bad_request")]
    [DataRow("site", "", "bad_request")]
    [DataRow("profile", "Nobody", "not_found")]
    [DataRow("kind", 3, "bad_request")]
    public async Task Trust_BadField_IsRefusedWithItsCode(string field, object value, string code)
    {
        var host = Host();
        var fields = new Dictionary<string, object?>
        {
            ["type"] = "parent.trust-contact",
            ["session"] = host.Session,
            ["profile"] = Child,
            ["site"] = "web.whatsapp.com",
            ["contact"] = "Mamá",
            ["kind"] = "family",
        };
        fields[field] = value;

        var reply = await host.SendAsync(fields);

        Assert.AreEqual(code, Replies.ErrorCode(reply));
        Assert.IsEmpty(host.Storage.Database!.TrustedContacts.List(host.Storage.Database.Profiles.Find(Child)!.Id));
    }

    [TestMethod]
    public async Task Trust_MissingKind_IsRefused()
    {
        var host = Host();

        var reply = await host.SendAsync(new Dictionary<string, object?>
        {
            ["type"] = "parent.trust-contact", ["session"] = host.Session, ["profile"] = Child, ["site"] = "web.whatsapp.com", ["contact"] = "Mamá",
        });

        Assert.AreEqual("bad_request", Replies.ErrorCode(reply));
    }
}
