namespace SafeBrowse.Protocol;

/// <summary>The level ids of docs/protocol.md, as decisions carry them and the family database keeps them.</summary>
public static class RiskLevelWords
{
    public const string None = "none";
    public const string Notice = "notice";
    public const string Alert = "alert";

    /// <summary>Only the exact id is an alert: an unexpected level is treated as the milder one, never the other way.</summary>
    public static bool IsAlert(string? level) => string.Equals(level, Alert, StringComparison.Ordinal);
}
