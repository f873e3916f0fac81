namespace SafeBrowse.Host.Family;

/// <summary>The short piece of an alert's message a parent may see when the family allows it.</summary>
internal static class Excerpts
{
    public const int MaxLength = 200;

    public static string Of(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length <= MaxLength ? trimmed : string.Concat(trimmed.AsSpan(0, MaxLength - 1), "…");
    }
}
