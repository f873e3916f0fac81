namespace SafeBrowse.Digest;

/// <summary>
/// The category ids of docs/protocol.md, in the order the digest lists them. The digest keeps its own copy rather
/// than referencing detection: it only needs the ids, and an id it does not know is shown as it is.
/// </summary>
internal static class DigestCategories
{
    public static IReadOnlyList<string> Known { get; } =
    [
        "threats", "sexual_talk", "photo_request", "meeting", "age_gap", "secrecy",
        "isolation", "private_channel", "gifts", "personal_info", "flattery",
    ];

    public static bool IsKnown(string category) => Known.Contains(category, StringComparer.Ordinal);
}
