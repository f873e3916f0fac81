using System.Text.Json;
using SafeBrowse.Detection;
using SafeBrowse.Host.Family;
using SafeBrowse.Host.Json;
using SafeBrowse.Host.Messaging;

namespace SafeBrowse.Host.Handlers.Parent;

/// <summary>
/// The parent knows a contact is safe (a cousin, a classmate): forget the risk built up about them, saved and in this
/// process. Other host processes find the row gone at their next save and start that contact again.
/// </summary>
internal sealed class ParentClearContactHandler(ParentAccess access, FamilyStorage storage, RiskEngine riskEngine) : IRequestHandler
{
    public string Type => "parent.clear-contact";

    public ValueTask<byte[]> HandleAsync(RequestEnvelope envelope, JsonElement request, CancellationToken cancellationToken)
    {
        var clear = ProtocolFields.Read(request, ProtocolJsonContext.Default.ClearContactRequest);
        access.Require(clear.Session);
        var contact = ProtocolFields.Text(clear.Contact, "contact", 1, ProtocolFields.MaxIdentifierLength);
        var cleared = storage.Require().ContactStates.Clear(contact);
        riskEngine.ForgetContact(contact);
        return ValueTask.FromResult(JsonSerializer.SerializeToUtf8Bytes(
            new ClearContactResponse(RequestRouter.ProtocolVersion, envelope.Id, Type, Ok: true, cleared),
            ProtocolJsonContext.Default.ClearContactResponse));
    }
}
