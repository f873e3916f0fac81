using System.Globalization;

namespace SafeBrowse.Protocol;

/// <summary>
/// The short piece of an alert's message a parent may see, when the family allows excerpts: what the host keeps, what
/// the family database accepts and what the digest shows all pass through this one rule, so no path can keep or show
/// more of a child's chat than the README promises.
/// </summary>
public static class ExcerptRule
{
    /// <summary>
    /// The README's promise, in UTF-16 code units as .NET and JavaScript count a string's length, so it bounds what is
    /// stored: an emoji spends two or more of them, a family emoji joined by zero-width joiners eleven.
    /// </summary>
    public const int MaxLength = 200;

    private const string Ellipsis = "…";

    /// <summary>
    /// The text without surrounding white space, or, when longer than <see cref="MaxLength"/>, the longest run of whole
    /// text elements (an emoji with its joiners and modifiers, a letter with its accents) that leaves room for "…",
    /// then "…". Cutting an excerpt again changes nothing. Null for no text.
    /// </summary>
    public static string? Of(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        if (trimmed.Length <= MaxLength)
        {
            return trimmed;
        }

        var room = MaxLength - Ellipsis.Length;
        var end = 0;
        while (end < trimmed.Length)
        {
            var next = end + StringInfo.GetNextTextElementLength(trimmed, end);
            if (next > room)
            {
                break;
            }

            end = next;
        }

        return string.Concat(trimmed.AsSpan(0, end).TrimEnd(), Ellipsis);
    }
}
