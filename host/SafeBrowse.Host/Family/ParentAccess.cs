using SafeBrowse.Host.Messaging;

namespace SafeBrowse.Host.Family;

/// <summary>The gate in front of every parent request but status and unlock.</summary>
internal sealed class ParentAccess(ParentSessions sessions)
{
    public void Require(string? session)
    {
        if (!sessions.TryUse(session))
        {
            throw new ProtocolException(ErrorCodes.SessionRequired, "This needs the parent's PIN: unlock again.");
        }
    }
}
