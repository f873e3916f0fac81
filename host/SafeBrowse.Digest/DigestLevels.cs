namespace SafeBrowse.Digest;

/// <summary>The levels of docs/protocol.md an event can carry.</summary>
internal static class DigestLevels
{
    public const string Notice = "notice";
    public const string Alert = "alert";

    /// <summary>Only the exact id is an alert: an unexpected level is treated as the milder one, never the other way.</summary>
    public static bool IsAlert(string? level) => string.Equals(level, Alert, StringComparison.Ordinal);
}
