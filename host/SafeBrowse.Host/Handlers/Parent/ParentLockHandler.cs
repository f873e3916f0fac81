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
        var lockRequest = ProtocolFields.Read(request, ProtocolJsonContext.Default.SessionRequest);
        sessions.Close(lockRequest.Session);
        return ValueTask.FromResult(SessionReplies.Done(envelope));
    }
}
