using SafeBrowse.Host.Messaging;
using SafeBrowse.Storage;

namespace SafeBrowse.Host.Handlers.Parent;

internal static class ParentLookups
{
    public static ChildProfile Profile(FamilyDatabase database, string name) =>
        (string.IsNullOrWhiteSpace(name) ? null : database.Profiles.Find(name))
            ?? throw new ProtocolException(ErrorCodes.NotFound, "There is no child profile with that name.");
}
