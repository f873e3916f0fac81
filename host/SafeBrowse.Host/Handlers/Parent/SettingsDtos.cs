using SafeBrowse.Host.Family;
using SafeBrowse.Host.Json;
using SafeBrowse.Storage;

namespace SafeBrowse.Host.Handlers.Parent;

/// <summary>Family settings in protocol words, both ways.</summary>
internal static class SettingsDtos
{
    public static SettingsDto Of(FamilySettings settings, FamilyDatabase database) => new(
        SettingsWords.Of(settings.Sensitivity),
        SettingsWords.Of(settings.Excerpts),
        settings.RetentionDays,
        settings.DefaultProfileId is { } id ? database.Profiles.Get(id)?.Name : null);

    public static FamilySettings Parse(SettingsDto dto, FamilyDatabase database)
    {
        var sensitivity = SettingsWords.ParseSensitivity(dto.Sensitivity)
            ?? throw ProtocolFields.BadRequest("'settings.sensitivity' must be 'low', 'standard' or 'high'.");
        var excerpts = SettingsWords.ParseExcerpts(dto.Excerpts)
            ?? throw ProtocolFields.BadRequest("'settings.excerpts' must be 'never' or 'alerts'.");
        if (dto.RetentionDays is < 7 or > 365)
        {
            throw ProtocolFields.BadRequest("'settings.retentionDays' must be 7 to 365.");
        }

        long? defaultProfile = dto.DefaultProfile is null ? null : ParentLookups.Profile(database, dto.DefaultProfile).Id;
        return new FamilySettings(sensitivity, excerpts, dto.RetentionDays, defaultProfile);
    }
}
