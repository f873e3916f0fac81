using System.Text.Json;
using SafeBrowse.Detection;
using SafeBrowse.Host.Family;
using SafeBrowse.Host.Json;
using SafeBrowse.Host.Messaging;
using SafeBrowse.Host.Platform;
using SafeBrowse.Host.Scoring;
using SafeBrowse.Storage;

namespace SafeBrowse.Host.Handlers;

/// <summary>
/// Answers with the model's state at this moment (a cold host is still loading it) and ties the connection to
/// the browser profile the extension names, so the child's profile, a parent's pause and the PIN state go back.
/// </summary>
internal sealed class HelloHandler(
    BackgroundModel model,
    BrowserProfileContext context,
    ChildProfileResolver profiles,
    FamilyStorage storage,
    PinGate pins,
    TimeProvider clock) : IRequestHandler
{
    public const string Loading = "loading";
    public const string Loaded = "loaded";
    public const string Unavailable = "unavailable";

    public string Type => "hello";

    public ValueTask<byte[]> HandleAsync(RequestEnvelope envelope, JsonElement request, CancellationToken cancellationToken)
    {
        var hello = ProtocolFields.Read(request, ProtocolJsonContext.Default.HelloRequest);
        if (hello.Install is not null)
        {
            context.InstallId = ProtocolFields.Install(hello.Install);
        }

        if (FamilyLanguages.IsSupported(hello.Language))
        {
            context.Language = hello.Language!;
        }

        var profile = profiles.Current();
        var loaded = model.Loaded;
        var response = new HelloResponse(
            RequestRouter.ProtocolVersion,
            envelope.Id,
            Type,
            Ok: true,
            Protocol: RequestRouter.ProtocolVersion,
            HostVersion: HostVersion.Current,
            ModelVersion: loaded?.ModelVersion,
            ModelLoaded: loaded is { LoadError: null },
            ModelState: ModelState(loaded),
            Profile: profile is null ? null : ProfileDtos.Of(profile),
            PausedUntil: profile is null ? null : ProtocolFields.Time(PausedUntil(profile)),
            PinSet: ReadsPinSet());
        return ValueTask.FromResult(JsonSerializer.SerializeToUtf8Bytes(response, ProtocolJsonContext.Default.HelloResponse));
    }

    /// <summary>The word <c>hello</c> and <c>heartbeat</c> replies use for <paramref name="loaded"/>, null while loading.</summary>
    public static string ModelState(LoadedScorer? loaded) => loaded is null ? Loading : loaded.LoadError is null ? Loaded : Unavailable;

    private DateTimeOffset? PausedUntil(ChildProfile profile)
    {
        try
        {
            return storage.Database?.Pauses.Active(profile.Id, clock.GetUtcNow())?.End;
        }
        catch (StorageUnavailableException)
        {
            return null;
        }
    }

    // Through the gate, so a pin reset run on the computer clears the PIN, and shows in the digest, when the browser
    // next starts rather than when a parent next opens the page.
    private bool ReadsPinSet()
    {
        try
        {
            return storage.Database is not null && pins.IsSet;
        }
        catch (StorageUnavailableException)
        {
            return false;
        }
    }
}
