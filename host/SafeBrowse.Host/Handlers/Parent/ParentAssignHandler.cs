using System.Text.Json;
using SafeBrowse.Host.Family;
using SafeBrowse.Host.Json;
using SafeBrowse.Host.Messaging;

namespace SafeBrowse.Host.Handlers.Parent;

/// <summary>Ties a browser profile to a child, so each child's events reach only their own digest.</summary>
internal sealed class ParentAssignHandler(ParentAccess access, FamilyStorage storage) : IRequestHandler
{
    public string Type => "parent.assign";

    public ValueTask<byte[]> HandleAsync(RequestEnvelope envelope, JsonElement request, CancellationToken cancellationToken)
    {
        var assign = ProtocolFields.Read(request, ProtocolJsonContext.Default.AssignRequest);
        access.Require(assign.Session);
        var install = ProtocolFields.Install(assign.Install);
        var database = storage.Require();
        var profile = assign.Profile is null ? null : ParentLookups.Profile(database, assign.Profile);
        database.Profiles.Assign(install, profile?.Id);
        var response = new AssignResponse(RequestRouter.ProtocolVersion, envelope.Id, Type, Ok: true, profile?.Name);
        return ValueTask.FromResult(JsonSerializer.SerializeToUtf8Bytes(response, ProtocolJsonContext.Default.AssignResponse));
    }
}
