using System.Globalization;

namespace SafeBrowse.Storage;

/// <summary>
/// The store enforces the excerpt cap itself, so no caller can keep more of a child's chat than the parent was
/// promised. It cuts between whole characters (emoji and accents included), never inside one.
/// </summary>
internal static class Excerpts
{
    public const int MaxLength = 280;

    public static string? Trim(string? excerpt)
    {
        if (string.IsNullOrWhiteSpace(excerpt))
        {
            return null;
        }

        var text = excerpt.Trim();
        if (text.Length <= MaxLength)
        {
            return text;
        }

        var end = 0;
        while (end < text.Length)
        {
            var next = end + StringInfo.GetNextTextElementLength(text, end);
            if (next > MaxLength)
            {
                break;
            }

            end = next;
        }

        return text[..end].TrimEnd();
    }
}
