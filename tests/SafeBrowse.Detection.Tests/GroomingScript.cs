namespace SafeBrowse.Detection.Tests;

/// <summary>
/// A hand-written grooming chat. Lines 1..QuietThrough must leave the level at none (small talk); a notice must
/// come by line NoticeBy and an alert by line AlertBy (1-based, counting both sides).
/// </summary>
public sealed record GroomingScript(string Name, int QuietThrough, int NoticeBy, int AlertBy, IReadOnlyList<ChatLine> Lines)
{
    public override string ToString() => Name;
}
