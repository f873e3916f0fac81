namespace SafeBrowse.Detection;

/// <summary>
/// Finds the grooming categories a message carries, from English and Colombian-Spanish phrase patterns.
/// Input must be normalised with <see cref="TextNormalizer"/>.
/// </summary>
public static class CategoryLexicon
{
    private static readonly CategoryPattern[] Patterns = [.. EnglishPatterns.All, .. SpanishPatterns.All];

    /// <summary>The categories in <paramref name="normalizedText"/>, strongest first, one entry per category.</summary>
    public static IReadOnlyList<CategoryEvidence> Match(string normalizedText)
    {
        if (normalizedText.Length == 0)
        {
            return [];
        }

        Dictionary<string, float>? found = null;
        foreach (var pattern in Patterns)
        {
            if (found is not null && found.TryGetValue(pattern.Category, out var known) && known >= pattern.Weight)
            {
                continue;
            }

            if (pattern.Pattern.IsMatch(normalizedText))
            {
                found ??= new Dictionary<string, float>(StringComparer.Ordinal);
                found[pattern.Category] = pattern.Weight;
            }
        }

        if (found is null)
        {
            return [];
        }

        return [.. found
            .OrderByDescending(pair => pair.Value)
            .ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => new CategoryEvidence(pair.Key, pair.Value))];
    }

    /// <summary>Normalises <paramref name="text"/> and matches it.</summary>
    public static IReadOnlyList<CategoryEvidence> MatchText(string text) => Match(TextNormalizer.Normalize(text));
}
