using Microsoft.Data.Sqlite;

namespace SafeBrowse.Storage;

/// <summary>The family's one row of settings; <see cref="FamilySettings.Default"/> until a parent saves some.</summary>
public sealed class SettingsStore
{
    private readonly SqliteGateway gateway;

    internal SettingsStore(SqliteGateway gateway) => this.gateway = gateway;

    public FamilySettings Read() => gateway.Read(ReadIn);

    /// <exception cref="ArgumentOutOfRangeException">Retention outside 7–365 days, or an undefined enum value.</exception>
    /// <exception cref="ArgumentException">The default profile does not exist.</exception>
    public void Write(FamilySettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.RetentionDays, FamilySettings.MinRetentionDays, nameof(settings));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(settings.RetentionDays, FamilySettings.MaxRetentionDays, nameof(settings));
        var sensitivity = SettingsWords.Of(settings.Sensitivity);
        var excerpts = SettingsWords.Of(settings.Excerpts);
        gateway.Write(connection => connection.Execute(
            """
            INSERT INTO settings (id, sensitivity, excerpts, retention_days, default_profile_id)
            VALUES (1, $sensitivity, $excerpts, $retention, $default)
            ON CONFLICT (id) DO UPDATE SET sensitivity = excluded.sensitivity, excerpts = excluded.excerpts,
                retention_days = excluded.retention_days, default_profile_id = excluded.default_profile_id
            """,
            ("$sensitivity", sensitivity),
            ("$excerpts", excerpts),
            ("$retention", settings.RetentionDays),
            ("$default", settings.DefaultProfileId)));
    }

    internal static FamilySettings ReadIn(SqliteConnection connection) => connection.QueryFirst(
        "SELECT sensitivity, excerpts, retention_days, default_profile_id FROM settings WHERE id = 1",
        reader => new FamilySettings(
            SettingsWords.ParseSensitivity(reader.GetString(0)) ?? Sensitivity.Standard,
            SettingsWords.ParseExcerpts(reader.GetString(1)) ?? ExcerptPolicy.AlertsOnly,
            reader.GetInt32(2),
            reader.GetNullableInt64(3))) ?? FamilySettings.Default;
}
