using System.Text.Json;
using SafeBrowse.Host.Family;
using SafeBrowse.Host.Json;
using SafeBrowse.Host.Messaging;

namespace SafeBrowse.Host.Handlers.Parent;

/// <summary>Trades the parent's PIN for a session; wrong tries are slowed down by <see cref="PinGate"/>.</summary>
internal sealed class ParentUnlockHandler(PinGate pins, ParentSessions sessions) : IRequestHandler
{
    public string Type => "parent.unlock";

    // PBKDF2 with 600,000 iterations holds a core for about a third of a second here; scoring must not wait behind it.
    public bool RunsOffServingLoop => true;

    public ValueTask<byte[]> HandleAsync(RequestEnvelope envelope, JsonElement request, CancellationToken cancellationToken)
    {
        var unlock = ProtocolFields.Read(request, ProtocolJsonContext.Default.PinRequest);
        var check = pins.Check(unlock.Pin);
        return check.Outcome switch
        {
            PinOutcome.Accepted => ValueTask.FromResult(SessionReplies.Opened(envelope, sessions)),
            PinOutcome.NotSet => throw new ProtocolException(ErrorCodes.PinNotSet, "No parent PIN has been set yet."),
            PinOutcome.Locked => throw new ProtocolException(ErrorCodes.PinLocked, "Too many wrong tries; wait before trying again.", check.RetryAfter),
            _ => throw new ProtocolException(ErrorCodes.PinWrong, "That PIN is not right.", check.RetryAfter),
        };
    }
}
