using System.Text.Json;
using SafeBrowse.Host.Family;
using SafeBrowse.Host.Json;
using SafeBrowse.Host.Messaging;

namespace SafeBrowse.Host.Handlers.Parent;

/// <summary>Sets the first PIN freely (a parent is invited to, protection never waits for it); changing it needs a session.</summary>
internal sealed class ParentSetPinHandler(PinGate pins, ParentSessions sessions, ParentAccess access) : IRequestHandler
{
    public string Type => "parent.set-pin";

    public ValueTask<byte[]> HandleAsync(RequestEnvelope envelope, JsonElement request, CancellationToken cancellationToken)
    {
        var pinRequest = ProtocolFields.Read(request, ProtocolJsonContext.Default.PinRequest);
        if (pins.IsSet)
        {
            access.Require(pinRequest.Session);
        }

        if (!PinPolicy.IsAcceptable(pinRequest.Pin))
        {
            throw new ProtocolException(ErrorCodes.PinInvalid, $"A PIN must be {PinPolicy.MinLength} to {PinPolicy.MaxLength} characters long.");
        }

        pins.Set(pinRequest.Pin);
        sessions.Close(pinRequest.Session);
        return ValueTask.FromResult(SessionReplies.Opened(envelope, sessions));
    }
}
