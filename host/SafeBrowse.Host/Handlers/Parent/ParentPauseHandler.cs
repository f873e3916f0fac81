using System.Text.Json;
using SafeBrowse.Host.Family;
using SafeBrowse.Host.Json;
using SafeBrowse.Host.Messaging;

namespace SafeBrowse.Host.Handlers.Parent;

/// <summary>Pauses protection for the child of this browser profile, for at most 8 hours; 0 minutes resumes it. The digest shows every pause.</summary>
internal sealed class ParentPauseHandler(ParentAccess access, FamilyStorage storage, ChildProfileResolver profiles, TimeProvider clock) : IRequestHandler
{
    public const int MaxMinutes = 8 * 60;

    public string Type => "parent.pause";

    public ValueTask<byte[]> HandleAsync(RequestEnvelope envelope, JsonElement request, CancellationToken cancellationToken)
    {
        var pause = ProtocolFields.Read(request, ProtocolJsonContext.Default.PauseRequest);
        access.Require(pause.Session);
        if (pause.Minutes is < 0 or > MaxMinutes)
        {
            throw ProtocolFields.BadRequest($"'minutes' must be 0 to {MaxMinutes}.");
        }

        var database = storage.Require();
        var profile = profiles.Current() ?? throw new ProtocolException(ErrorCodes.StorageUnavailable, "No child profile can be found for this browser.");
        var now = clock.GetUtcNow();
        DateTimeOffset? until = null;
        if (pause.Minutes == 0)
        {
            database.Pauses.EndActive(profile.Id, now);
        }
        else
        {
            until = database.Pauses.Start(profile.Id, now, now.AddMinutes(pause.Minutes)).End;
        }

        var response = new PauseResponse(RequestRouter.ProtocolVersion, envelope.Id, Type, Ok: true, ProtocolFields.Time(until));
        return ValueTask.FromResult(JsonSerializer.SerializeToUtf8Bytes(response, ProtocolJsonContext.Default.PauseResponse));
    }
}
