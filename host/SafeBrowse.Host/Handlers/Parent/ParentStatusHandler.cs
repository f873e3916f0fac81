using System.Text.Json;
using SafeBrowse.Host.Family;
using SafeBrowse.Host.Json;
using SafeBrowse.Host.Messaging;

namespace SafeBrowse.Host.Handlers.Parent;

/// <summary>Whether a PIN is set, how long a locked-out parent must wait and whether a setup code waits; open to any extension page.</summary>
internal sealed class ParentStatusHandler(PinGate pins) : IRequestHandler
{
    public string Type => "parent.status";

    public ValueTask<byte[]> HandleAsync(RequestEnvelope envelope, JsonElement request, CancellationToken cancellationToken)
    {
        _ = request.Deserialize(ProtocolJsonContext.Default.ParentStatusRequest);
        var wait = pins.RetryAfter();
        var pinSet = pins.IsSet;
        var response = new ParentStatusResponse(
            RequestRouter.ProtocolVersion, envelope.Id, Type, Ok: true, pinSet, (int)Math.Ceiling(wait.TotalSeconds), !pinSet && pins.HasSetupCode);
        return ValueTask.FromResult(JsonSerializer.SerializeToUtf8Bytes(response, ProtocolJsonContext.Default.ParentStatusResponse));
    }
}
