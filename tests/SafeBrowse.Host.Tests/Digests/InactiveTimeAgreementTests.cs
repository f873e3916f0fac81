using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using SafeBrowse.Digest;
using SafeBrowse.Host.Digests;
using SafeBrowse.Host.Family;
using SafeBrowse.Host.Handlers.Parent;
using SafeBrowse.Host.Messaging;
using SafeBrowse.Host.Tests.Support;
using SafeBrowse.Protocol;
using SafeBrowse.Storage;

namespace SafeBrowse.Host.Tests.Digests;

/// <summary>
/// The parents' overview and the weekly digest tell the same time SafeBrowse was not active: they once measured it
/// from different starts, so a profile made midweek showed hours in the digest the overview never counted.
/// </summary>
[TestClass]
public sealed class InactiveTimeAgreementTests
{
    private const string Install = "install-0123456789abcdef";

    // ISO week 2026-W47 in Bogotá (UTC-5): the profile is made on Tuesday at 08:00, the parent looks on Wednesday at 10:00.
    private static readonly DateTimeOffset Created = new(2026, 11, 17, 13, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 15, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider clock = new(Created);
    private string folder = null!;
    private FamilyStorage storage = null!;

    [TestInitialize]
    public void CreateFamily()
    {
        folder = Directory.CreateTempSubdirectory("safebrowse-inactive-").FullName;
        clock.SetLocalTimeZone(TimeZoneInfo.FindSystemTimeZoneById("America/Bogota"));
        storage = new FamilyStorage(folder, clock, NullLogger<FamilyStorage>.Instance);
        storage.Database!.Profiles.Save("Ana", AgeBand.From10To12, "es", "CO");
    }

    [TestCleanup]
    public void DeleteFolder()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private ChildProfile Ana => storage.Database!.Profiles.Find("Ana")!;

    // Beats every interval from `from` to `to`, as the extension does while the browser is open.
    private void Beat(DateTimeOffset from, DateTimeOffset to)
    {
        for (var at = from; at <= to; at += Heartbeats.Interval)
        {
            storage.Database!.Activity.Heartbeat(Install, Ana.Id, at, Heartbeats.MaxGap);
        }
    }

    private async Task<int> OverviewInactiveHoursAsync()
    {
        var sessions = new ParentSessions(clock);
        var session = sessions.Open();
        var handler = new ParentOverviewHandler(
            new ParentAccess(sessions),
            storage,
            new ChildProfileResolver(storage, new BrowserProfileContext()),
            new PinGate(storage, new PinHasher(clock), new SetupCodes(folder, folder), clock),
            clock);
        var router = new RequestRouter([handler], NullLogger<RequestRouter>.Instance);
        var request = JsonSerializer.Serialize(new Dictionary<string, object> { ["v"] = 1, ["id"] = "o1", ["type"] = "parent.overview", ["session"] = session });
        var reply = Replies.Parse((await router.RouteAsync(Encoding.UTF8.GetBytes(request), CancellationToken.None)).Body);
        var ana = reply.GetProperty("profiles").EnumerateArray().Single(profile => profile.GetProperty("name").GetString() == "Ana");
        return ana.GetProperty("week").GetProperty("inactiveHours").GetInt32();
    }

    private string DigestHtml() =>
        new DigestComposer(clock).Compose(storage.Database!, Ana, IsoWeek.Containing(Now, clock.LocalTimeZone), "en");

    [TestMethod]
    public async Task OverviewAndDigest_ProfileMadeMidweekWithAThreeHourSilence_BothCountThreeHours()
    {
        Beat(Created, Created.AddHours(2));
        Beat(Created.AddHours(5), Created.AddHours(9));
        // Shorter than three missed beats: a late heartbeat, not protection that was off.
        Beat(Created.AddHours(9).AddMinutes(12), Now);
        clock.SetUtcNow(Now);

        var overviewHours = await OverviewInactiveHoursAsync();
        var html = DigestHtml();

        Assert.AreEqual(3, overviewHours);
        StringAssert.Contains(html, "<li>SafeBrowse was not active for 3 h in total</li>");
    }

    [TestMethod]
    public async Task OverviewAndDigest_ParentPause_NeitherCountsItAsNotActive()
    {
        Beat(Created, Created.AddHours(4));
        storage.Database!.Pauses.Start(Ana.Id, Created.AddHours(4), Created.AddHours(6));
        Beat(Created.AddHours(6), Now);
        clock.SetUtcNow(Now);

        var overviewHours = await OverviewInactiveHoursAsync();
        var html = DigestHtml();

        Assert.AreEqual(0, overviewHours);
        Assert.IsFalse(html.Contains("SafeBrowse was not active", StringComparison.Ordinal), "no gap in the digest");
        StringAssert.Contains(html, "Protection was paused");
    }
}
