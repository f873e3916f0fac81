using System.Text.Json;
using SafeBrowse.Digest;
using SafeBrowse.Host.Family;
using SafeBrowse.Host.Json;
using SafeBrowse.Host.Messaging;
using SafeBrowse.Host.Scoring;
using SafeBrowse.Protocol;

namespace SafeBrowse.Host.Handlers;

/// <summary>
/// Records that protection is running for this browser profile. Only spans of activity are kept, so the digest can
/// show when SafeBrowse was not active without keeping any browsing history. A heartbeat also says whether protection is
/// impaired, so the digest can tell a parent why SafeBrowse ran but could not protect; the host's own model counts
/// first, since only the host knows it failed after the extension's hello.
/// </summary>
internal sealed class HeartbeatHandler(
    BrowserProfileContext context,
    ChildProfileResolver profiles,
    FamilyStorage storage,
    BackgroundModel model,
    TimeProvider clock) : IRequestHandler
{
    public string Type => "heartbeat";

    public ValueTask<byte[]> HandleAsync(RequestEnvelope envelope, JsonElement request, CancellationToken cancellationToken)
    {
        var heartbeat = ProtocolFields.Read(request, ProtocolJsonContext.Default.HeartbeatRequest);
        var install = ProtocolFields.Install(heartbeat.Install);
        var modelState = HelloHandler.ModelState(model.Loaded);
        var reported = Impairment(heartbeat.Protection);
        var impairment = modelState == HelloHandler.Unavailable ? ProtectionStates.ModelUnavailable : reported;
        context.InstallId ??= install;
        if (profiles.Current() is { } profile)
        {
            var now = clock.GetUtcNow();
            storage.TryWrite("heartbeat", database =>
            {
                database.Profiles.SeeInstall(install, now);
                database.Activity.Heartbeat(install, profile.Id, now, Heartbeats.MaxGap, impairment);
            });
        }

        return ValueTask.FromResult(JsonSerializer.SerializeToUtf8Bytes(
            new HeartbeatResponse(RequestRouter.ProtocolVersion, envelope.Id, Type, Ok: true, modelState),
            ProtocolJsonContext.Default.HeartbeatResponse));
    }

    /// <summary>Null while protecting; an extension older than the field sends none, which is how it always behaved.</summary>
    private static string? Impairment(string? protection) => protection switch
    {
        null or ProtectionStates.Active => null,
        _ when ProtectionStates.IsImpaired(protection) => protection,
        _ => throw ProtocolFields.BadRequest($"'protection' must be '{ProtectionStates.Active}' or one of: {string.Join(", ", ProtectionStates.Impaired)}."),
    };
}
