using System.Text.Json;
using SafeBrowse.Host.Family;
using SafeBrowse.Host.Json;
using SafeBrowse.Host.Messaging;
using SafeBrowse.Protocol;
using SafeBrowse.Storage;

namespace SafeBrowse.Host.Handlers.Parent;

/// <summary>
/// What the parents' page offers to mark: the child's trusted contacts, and the contacts who raised a note lately (the
/// only handles the family database keeps; the risk of every other contact is stored under a keyed hash).
/// </summary>
internal static class ContactLists
{
    private static readonly TimeSpan RecentWindow = TimeSpan.FromDays(28);

    public static byte[] Reply(RequestEnvelope envelope, FamilyDatabase database, ChildProfile profile, DateTimeOffset now)
    {
        var trusted = database.TrustedContacts.List(profile.Id);
        var marked = trusted.Select(contact => (contact.Site, contact.Contact)).ToHashSet();
        var recent = database.Events.Between(profile.Id, now - RecentWindow, now + TimeSpan.FromMinutes(1))
            .Where(flagged => !marked.Contains((flagged.Site, flagged.Contact)))
            .GroupBy(flagged => (flagged.Site, flagged.Contact))
            .Select(group => new RecentContactDto(
                group.Key.Site,
                group.Key.Contact,
                ProtocolFields.Time(group.Max(flagged => flagged.At)),
                group.Any(flagged => flagged.Level == RiskLevelWords.Alert) ? RiskLevelWords.Alert : RiskLevelWords.Notice))
            .OrderByDescending(contact => contact.LastSeen, StringComparer.Ordinal)
            .ToList();
        var response = new ContactsResponse(
            RequestRouter.ProtocolVersion,
            envelope.Id,
            envelope.Type,
            Ok: true,
            recent,
            [.. trusted.Select(contact => new TrustedContactDto(contact.Site, contact.Contact, contact.Kind, ProtocolFields.Time(contact.SetAt)))]);
        return JsonSerializer.SerializeToUtf8Bytes(response, ProtocolJsonContext.Default.ContactsResponse);
    }
}
