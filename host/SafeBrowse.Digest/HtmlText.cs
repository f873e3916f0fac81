namespace SafeBrowse.Digest;

/// <summary>
/// Escaping for text that enters the page. Contact names, sites and excerpts come from strangers, so every input
/// string goes through here; control characters are dropped so nothing can hide in the markup.
/// </summary>
internal static class HtmlText
{
    public static string Escape(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var escaped = new System.Text.StringBuilder(value.Length + 16);
        foreach (var character in value)
        {
            switch (character)
            {
                case '&': escaped.Append("&amp;"); break;
                case '<': escaped.Append("&lt;"); break;
                case '>': escaped.Append("&gt;"); break;
                case '"': escaped.Append("&quot;"); break;
                case '\'': escaped.Append("&#39;"); break;
                case '\n' or '\t': escaped.Append(character); break;
                default:
                    if (!char.IsControl(character))
                    {
                        escaped.Append(character);
                    }

                    break;
            }
        }

        return escaped.ToString();
    }

    /// <summary>Escaped and in its own bidirectional island, so a right-to-left override in a name cannot reorder the sentence around it.</summary>
    public static string Isolate(string? value) => $"<bdi>{Escape(value)}</bdi>";
}
