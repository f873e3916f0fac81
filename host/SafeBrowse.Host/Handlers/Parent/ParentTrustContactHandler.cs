using System.Text.Json;
using SafeBrowse.Host.Family;
using SafeBrowse.Host.Json;
using SafeBrowse.Host.Messaging;
using SafeBrowse.Storage;

namespace SafeBrowse.Host.Handlers.Parent;

/// <summary>
/// A parent marks a contact of a child as family or trusted, or takes the mark away. Scoring reads the marks for every
/// batch, so every host process of the family applies a change from its next message on: logistics from a marked
/// contact raise nothing, threats, sexual talk, secrecy and body-photo requests still do.
/// </summary>
internal sealed class ParentTrustContactHandler(ParentAccess access, FamilyStorage storage, TimeProvider clock) : IRequestHandler
{
    public string Type => "parent.trust-contact";

    public ValueTask<byte[]> HandleAsync(RequestEnvelope envelope, JsonElement request, CancellationToken cancellationToken)
    {
        var trust = ProtocolFields.Read(request, ProtocolJsonContext.Default.TrustContactRequest);
        access.Require(trust.Session);
        var site = ProtocolFields.Text(trust.Site, "site", 1, ProtocolFields.MaxSiteLength);
        var contact = ProtocolFields.Text(trust.Contact, "contact", 1, ProtocolFields.MaxIdentifierLength);
        if (trust.Kind is not null && !TrustKinds.IsKnown(trust.Kind))
        {
            throw ProtocolFields.BadRequest("'kind' must be family, trusted or null.");
        }

        var database = storage.Require();
        var profile = ParentLookups.Profile(database, trust.Profile);
        var now = clock.GetUtcNow();
        if (trust.Kind is { } kind)
        {
            database.TrustedContacts.Set(profile.Id, site, contact, kind, now);
        }
        else
        {
            database.TrustedContacts.Remove(profile.Id, site, contact, now);
        }

        return ValueTask.FromResult(ContactLists.Reply(envelope, database, profile, now));
    }
}
