using System.Text.Json;
using SafeBrowse.Host.Family;
using SafeBrowse.Host.Json;
using SafeBrowse.Host.Messaging;

namespace SafeBrowse.Host.Handlers.Parent;

/// <summary>
/// Sets the first PIN with the installer's setup code, so the parent and not whoever opens the page first owns it;
/// changing it needs a session.
/// </summary>
internal sealed class ParentSetPinHandler(PinGate pins, ParentSessions sessions, ParentAccess access) : IRequestHandler
{
    public string Type => "parent.set-pin";

    // PBKDF2 with 600,000 iterations holds a core for about a third of a second here; scoring must not wait behind it.
    public bool RunsOffServingLoop => true;

    public ValueTask<byte[]> HandleAsync(RequestEnvelope envelope, JsonElement request, CancellationToken cancellationToken)
    {
        var pinRequest = ProtocolFields.Read(request, ProtocolJsonContext.Default.PinRequest);
        var isSet = pins.IsSet;
        if (isSet)
        {
            access.Require(pinRequest.Session);
        }

        if (!PinPolicy.IsAcceptable(pinRequest.Pin))
        {
            throw new ProtocolException(ErrorCodes.PinInvalid, $"A PIN must be {PinPolicy.MinLength} to {PinPolicy.MaxLength} characters long.");
        }

        if (isSet)
        {
            pins.Change(pinRequest.Pin);
        }
        else
        {
            SetFirst(pinRequest);
        }

        sessions.Close(pinRequest.Session);
        return ValueTask.FromResult(SessionReplies.Opened(envelope, sessions));
    }

    private void SetFirst(PinRequest pinRequest)
    {
        if (string.IsNullOrWhiteSpace(pinRequest.SetupCode))
        {
            throw new ProtocolException(ErrorCodes.SetupCodeRequired, "The first PIN needs the setup code the installer printed.");
        }

        var check = pins.SetFirst(pinRequest.Pin, pinRequest.SetupCode);
        switch (check.Outcome)
        {
            case PinOutcome.Accepted:
                return;
            case PinOutcome.AlreadySet:
                throw new ProtocolException(ErrorCodes.SessionRequired, "A PIN was set meanwhile: unlock with it.");
            case PinOutcome.NoSetupCode:
                throw new ProtocolException(ErrorCodes.SetupCodeMissing, "No setup code is waiting: run the installer again or 'safebrowse-host pin reset'.");
            case PinOutcome.Locked:
                throw new ProtocolException(ErrorCodes.PinLocked, "Too many wrong tries; wait before trying again.", check.RetryAfter);
            default:
                throw new ProtocolException(ErrorCodes.SetupCodeWrong, "That setup code is not right.", check.RetryAfter);
        }
    }
}
