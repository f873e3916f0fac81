using System.Text.Json;
using SafeBrowse.Detection;
using SafeBrowse.Host.Family;
using SafeBrowse.Host.Json;
using SafeBrowse.Host.Messaging;

namespace SafeBrowse.Host.Handlers.Parent;

/// <summary>Saves the family's settings in the host (the trusted store) and applies the sensitivity at once.</summary>
internal sealed class ParentSaveSettingsHandler(ParentAccess access, FamilyStorage storage, RiskEngine riskEngine) : IRequestHandler
{
    public string Type => "parent.save-settings";

    public ValueTask<byte[]> HandleAsync(RequestEnvelope envelope, JsonElement request, CancellationToken cancellationToken)
    {
        var save = ProtocolFields.Read(request, ProtocolJsonContext.Default.SaveSettingsRequest);
        access.Require(save.Session);
        var database = storage.Require();
        var settings = SettingsDtos.Parse(save.Settings, database);
        database.Settings.Write(settings);
        riskEngine.UseOptions(SensitivityOptions.For(settings.Sensitivity));
        var response = new SettingsResponse(RequestRouter.ProtocolVersion, envelope.Id, Type, Ok: true, SettingsDtos.Of(settings, database));
        return ValueTask.FromResult(JsonSerializer.SerializeToUtf8Bytes(response, ProtocolJsonContext.Default.SettingsResponse));
    }
}
