using SafeBrowse.Protocol;

namespace SafeBrowse.Digest;

/// <summary>
/// Which chat text a parent may see. The host already keeps excerpts only for alerts when the family allows them;
/// the page checks both again, so a mistake upstream cannot put a child's chat in front of a parent.
/// </summary>
internal static class ExcerptVisibility
{
    public static bool Allows(DigestEvent digestEvent, bool showExcerpts) =>
        showExcerpts && RiskLevelWords.IsAlert(digestEvent.Level) && !string.IsNullOrWhiteSpace(digestEvent.Excerpt);
}
