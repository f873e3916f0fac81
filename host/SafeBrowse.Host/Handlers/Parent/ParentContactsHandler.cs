using System.Text.Json;
using SafeBrowse.Host.Family;
using SafeBrowse.Host.Json;
using SafeBrowse.Host.Messaging;

namespace SafeBrowse.Host.Handlers.Parent;

/// <summary>A child's trusted contacts and recent contacts who raised a note, for the parents' page.</summary>
internal sealed class ParentContactsHandler(ParentAccess access, FamilyStorage storage, TimeProvider clock) : IRequestHandler
{
    public string Type => "parent.contacts";

    public ValueTask<byte[]> HandleAsync(RequestEnvelope envelope, JsonElement request, CancellationToken cancellationToken)
    {
        var contacts = ProtocolFields.Read(request, ProtocolJsonContext.Default.ContactsRequest);
        access.Require(contacts.Session);
        var database = storage.Require();
        var profile = ParentLookups.Profile(database, contacts.Profile);
        return ValueTask.FromResult(ContactLists.Reply(envelope, database, profile, clock.GetUtcNow()));
    }
}
