namespace SafeBrowse.Storage;

public sealed record FamilySettings(Sensitivity Sensitivity, ExcerptPolicy Excerpts, int RetentionDays, long? DefaultProfileId)
{
    public const int MinRetentionDays = 7;
    public const int MaxRetentionDays = 365;

    public static FamilySettings Default { get; } = new(Sensitivity.Standard, ExcerptPolicy.AlertsOnly, 90, null);
}
