using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using SafeBrowse.Detection;
using SafeBrowse.Host.Family;
using SafeBrowse.Host.Handlers;
using SafeBrowse.Host.Messaging;
using SafeBrowse.Host.Scoring;
using SafeBrowse.Host.Tests.Support;
using SafeBrowse.Models;
using SafeBrowse.Storage;

namespace SafeBrowse.Host.Tests.Handlers;

[TestClass]
public sealed class HeartbeatHandlerTests : IDisposable
{
    private const string Install = "0f8fad5b-d9cb-469f-a165-70867728950e";
    private const string Secret = "TOPSECRET-4411";

    // A folder with no model: the loader reports why, as a host whose model file is missing or damaged would.
    private static readonly LoadedScorer FailedModel = MessageScorerLoader.Load(Path.Combine(Path.GetTempPath(), "no-model-here"));
    private static readonly LoadedScorer WorkingModel = FailedModel with { ModelVersion = "test", LoadError = null };

    private readonly string dataDirectory = Directory.CreateTempSubdirectory("safebrowse-heartbeat-").FullName;
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.Zero));
    private readonly BrowserProfileContext context = new();
    private readonly FamilyStorage storage;
    private readonly ChildProfileResolver profiles;

    public HeartbeatHandlerTests()
    {
        storage = new FamilyStorage(dataDirectory, clock, NullLogger<FamilyStorage>.Instance);
        profiles = new ChildProfileResolver(storage, context);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(dataDirectory, recursive: true);
    }

    private async Task<JsonElement> BeatAsync(string protectionField, LoadedScorer? model = null)
    {
        var background = new BackgroundModel(() => model ?? WorkingModel);
        await background.Loading;
        var router = new RequestRouter([new HeartbeatHandler(context, profiles, storage, background, clock)], NullLogger<RequestRouter>.Instance);
        var json = $$"""{"v":1,"id":"h1","type":"heartbeat","install":"{{Install}}"{{protectionField}}}""";
        return Replies.Parse((await router.RouteAsync(Encoding.UTF8.GetBytes(json), CancellationToken.None)).Body);
    }

    private IReadOnlyList<ActivitySpan> Spans() =>
        storage.Database!.Activity.Between(profiles.Current()!.Id, clock.GetUtcNow().AddDays(-1), clock.GetUtcNow().AddDays(1));

    [TestMethod]
    public async Task Heartbeat_NoSiteAccess_RecordsAnImpairedSpanWithItsReason()
    {
        var reply = await BeatAsync(",\"protection\":\"no_site_access\"");

        Assert.IsTrue(reply.GetProperty("ok").GetBoolean());
        Assert.AreEqual("loaded", reply.GetProperty("modelState").GetString());
        Assert.AreEqual("no_site_access", Assert.ContainsSingle(Spans()).Impairment);
    }

    [TestMethod]
    public async Task Heartbeat_ActiveOrWithoutTheField_RecordsAProtectingSpan()
    {
        await BeatAsync(",\"protection\":\"active\"");
        clock.Advance(TimeSpan.FromMinutes(5));
        await BeatAsync(string.Empty);

        var span = Assert.ContainsSingle(Spans());
        Assert.IsNull(span.Impairment);
        Assert.AreEqual(TimeSpan.FromMinutes(5), span.LastSeen - span.Start);
    }

    [TestMethod]
    public async Task Heartbeat_AccessComesBack_EndsTheImpairedSpanThen()
    {
        await BeatAsync(",\"protection\":\"no_site_access\"");
        clock.Advance(TimeSpan.FromMinutes(3));
        await BeatAsync(",\"protection\":\"active\"");

        var impaired = Spans().Single(span => span.Impairment is not null);
        Assert.AreEqual(TimeSpan.FromMinutes(3), impaired.LastSeen - impaired.Start);
    }

    [TestMethod]
    public async Task Heartbeat_HostModelFailedAfterTheHello_RecordsModelUnavailableAndSaysSo()
    {
        Assert.IsNotNull(FailedModel.LoadError);

        var reply = await BeatAsync(",\"protection\":\"active\"", FailedModel);

        Assert.AreEqual("unavailable", reply.GetProperty("modelState").GetString());
        Assert.AreEqual("model_unavailable", Assert.ContainsSingle(Spans()).Impairment);
    }

    [TestMethod]
    public async Task Heartbeat_UnknownProtectionWord_RefusedWithoutEchoAndNothingRecorded()
    {
        var reply = await BeatAsync($",\"protection\":\"{Secret}\"");

        Assert.AreEqual(ErrorCodes.BadRequest, Replies.ErrorCode(reply));
        var message = reply.GetProperty("error").GetProperty("message").GetString()!;
        Assert.DoesNotContain(Secret, message);
        Assert.Contains("no_site_access", message);
        Assert.IsEmpty(Spans());
    }
}
