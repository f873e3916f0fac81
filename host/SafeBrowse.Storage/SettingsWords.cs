namespace SafeBrowse.Storage;

/// <summary>
/// The one mapping between the family's settings and their words, which the database keeps and the protocol's
/// <c>settings</c> carries (docs/protocol.md). Parsing gives null for any other word, so each caller decides.
/// </summary>
public static class SettingsWords
{
    public static string Of(Sensitivity sensitivity) => sensitivity switch
    {
        Sensitivity.Low => "low",
        Sensitivity.Standard => "standard",
        Sensitivity.High => "high",
        _ => throw new ArgumentOutOfRangeException(nameof(sensitivity), sensitivity, "Unknown sensitivity."),
    };

    public static Sensitivity? ParseSensitivity(string? word) => word switch
    {
        "low" => Sensitivity.Low,
        "standard" => Sensitivity.Standard,
        "high" => Sensitivity.High,
        _ => null,
    };

    public static string Of(ExcerptPolicy excerpts) => excerpts switch
    {
        ExcerptPolicy.Never => "never",
        ExcerptPolicy.AlertsOnly => "alerts",
        _ => throw new ArgumentOutOfRangeException(nameof(excerpts), excerpts, "Unknown excerpt policy."),
    };

    public static ExcerptPolicy? ParseExcerpts(string? word) => word switch
    {
        "never" => ExcerptPolicy.Never,
        "alerts" => ExcerptPolicy.AlertsOnly,
        _ => null,
    };
}
