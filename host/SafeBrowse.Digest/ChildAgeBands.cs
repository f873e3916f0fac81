namespace SafeBrowse.Digest;

/// <summary>The age bands of a child profile (docs/protocol.md).</summary>
internal static class ChildAgeBands
{
    /// <summary>The oldest a child in the band can be; null when the band is unknown, so the digest says nothing about age.</summary>
    public static int? OldestAge(string? ageBand) => ageBand switch
    {
        "under_10" => 9,
        "10_12" => 12,
        "13_15" => 15,
        "16_17" => 17,
        _ => null,
    };
}
