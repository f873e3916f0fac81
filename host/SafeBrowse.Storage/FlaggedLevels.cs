namespace SafeBrowse.Storage;

/// <summary>The protocol's level ids a flagged event may have; <c>none</c> is not an event and is never stored.</summary>
public static class FlaggedLevels
{
    public const string Notice = "notice";
    public const string Alert = "alert";
}
