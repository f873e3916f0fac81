using System.Text.Json;
using SafeBrowse.Host.Family;
using SafeBrowse.Host.Json;
using SafeBrowse.Host.Messaging;

namespace SafeBrowse.Host.Handlers.Parent;

internal static class SessionReplies
{
    public static byte[] Opened(RequestEnvelope envelope, ParentSessions sessions) =>
        JsonSerializer.SerializeToUtf8Bytes(
            new SessionResponse(RequestRouter.ProtocolVersion, envelope.Id, envelope.Type, Ok: true, sessions.Open(), (int)ParentSessions.IdleLimit.TotalSeconds),
            ProtocolJsonContext.Default.SessionResponse);

    public static byte[] Done(RequestEnvelope envelope) =>
        JsonSerializer.SerializeToUtf8Bytes(
            new OkResponse(RequestRouter.ProtocolVersion, envelope.Id, envelope.Type, Ok: true),
            ProtocolJsonContext.Default.OkResponse);
}
