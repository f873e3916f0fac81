using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using SafeBrowse.Detection;
using SafeBrowse.Host.Family;
using SafeBrowse.Host.Handlers;
using SafeBrowse.Host.Handlers.Parent;
using SafeBrowse.Host.Messaging;
using SafeBrowse.Host.Tests.Support;

namespace SafeBrowse.Host.Tests.Handlers;

/// <summary>
/// One host process's score, feedback, clear-contact and trusted-contact handlers in process, over a real family database. A new
/// instance on the same folder is the host after a browser restart.
/// </summary>
internal sealed class FamilyRiskRouter
{
    private readonly RequestRouter router;
    private int nextId;

    public FamilyRiskRouter(string dataDirectory)
    {
        var scorer = MessageScorerLoader.Load(Path.Combine(Path.GetTempPath(), "no-model-here"));
        Storage = new FamilyStorage(dataDirectory, TimeProvider.System, NullLogger<FamilyStorage>.Instance);
        var engine = new RiskEngine(scorer.Scorer, store: new StoredContactStates(Storage));
        var profiles = new ChildProfileResolver(Storage, new BrowserProfileContext());
        var sessions = new ParentSessions(TimeProvider.System);
        Session = sessions.Open();
        router = new RequestRouter(
            [
                new ScoreHandler(engine, profiles, Storage, new FlaggedEventRecorder(Storage, TimeProvider.System), TimeProvider.System, NullLogger<ScoreHandler>.Instance),
                new FeedbackHandler(engine, profiles, Storage, TimeProvider.System),
                new ParentClearContactHandler(new ParentAccess(sessions), Storage, engine),
                new ParentContactsHandler(new ParentAccess(sessions), Storage, TimeProvider.System),
                new ParentTrustContactHandler(new ParentAccess(sessions), Storage, TimeProvider.System),
            ],
            NullLogger<RequestRouter>.Instance);
    }

    public FamilyStorage Storage { get; }

    public string Session { get; }

    public async Task<JsonElement> ScoreAsync(string contact, params string[] texts)
    {
        var messages = texts.Select(text => new Dictionary<string, string>
        {
            ["conversation"] = $"c-{contact}",
            ["contact"] = contact,
            ["direction"] = "incoming",
            ["text"] = text,
            // Keyed by text, as on a site without message ids: the same text sent again is the same message shown again.
            ["key"] = $"c-{contact}|{text}",
        });
        var reply = await RouteAsync(new Dictionary<string, object> { ["type"] = "score", ["site"] = "web.whatsapp.com", ["messages"] = messages.ToList() });
        return reply.GetProperty("decisions")[0];
    }

    public Task<JsonElement> FeedbackAsync(string contact, IEnumerable<string> categories) =>
        RouteAsync(new Dictionary<string, object>
        {
            ["type"] = "feedback",
            ["site"] = "web.whatsapp.com",
            ["conversation"] = $"c-{contact}",
            ["contact"] = contact,
            ["categories"] = categories.ToList(),
        });

    public Task<JsonElement> ClearAsync(string contact, string? session = null) =>
        RouteAsync(new Dictionary<string, object> { ["type"] = "parent.clear-contact", ["session"] = session ?? Session, ["contact"] = contact });

    public Task<JsonElement> TrustAsync(string profile, string contact, string? kind, string? session = null, string site = "web.whatsapp.com") =>
        SendAsync(new Dictionary<string, object?>
        {
            ["type"] = "parent.trust-contact",
            ["session"] = session ?? Session,
            ["profile"] = profile,
            ["site"] = site,
            ["contact"] = contact,
            ["kind"] = kind,
        });

    public Task<JsonElement> ContactsAsync(string profile) =>
        SendAsync(new Dictionary<string, object?> { ["type"] = "parent.contacts", ["session"] = Session, ["profile"] = profile });

    /// <summary>Sends a request as the page would write it, fields and all, so a test can leave one out or break it.</summary>
    public async Task<JsonElement> SendAsync(Dictionary<string, object?> fields)
    {
        fields["v"] = 1;
        fields["id"] = $"r{nextId++}";
        var routed = await router.RouteAsync(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(fields)), CancellationToken.None);
        return Replies.Parse(routed.Body);
    }

    private async Task<JsonElement> RouteAsync(Dictionary<string, object> fields)
    {
        fields["v"] = 1;
        fields["id"] = $"r{nextId++}";
        var routed = await router.RouteAsync(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(fields)), CancellationToken.None);
        return Replies.Parse(routed.Body);
    }
}
