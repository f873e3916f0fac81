using System.Text.Json;
using SafeBrowse.Host.Family;
using SafeBrowse.Host.Json;
using SafeBrowse.Host.Messaging;

namespace SafeBrowse.Host.Handlers.Parent;

internal sealed class ParentLockHandler(ParentSessions sessions) : IRequestHandler
{
    public string Type => "parent.lock";

    public ValueTask<byte[]> HandleAsync(RequestEnvelope envelope, JsonElement request, CancellationToken cancellationToken)
    {
        var lockRequest = request.Deserialize(ProtocolJsonContext.Default.SessionRequest)
            ?? throw ProtocolFields.BadRequest("The request is empty.");
        sessions.Close(lockRequest.Session);
        return ValueTask.FromResult(SessionReplies.Done(envelope));
    }
}
