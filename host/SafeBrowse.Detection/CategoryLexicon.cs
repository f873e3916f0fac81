namespace SafeBrowse.Detection;

/// <summary>
/// Finds the grooming categories a message carries, from the English and Colombian-Spanish phrase patterns of the
/// lexicon files (<see cref="LexiconResources"/>).
/// Input must be normalised with <see cref="TextNormalizer"/>.
/// </summary>
public static class CategoryLexicon
{
    private const int MaxStackPatterns = 1024;

    private static readonly CategoryPattern[] Patterns = [.. LexiconResources.Load()];

    // At the run counts of 55,000 lines of the bench's chat traffic, more than 40 patterns would reach 10,000 runs
    // within a million messages, each then holding about 60 KB more; 16 keep that under 1 MB.
    private const int MaxCompiledPatterns = 16;

    private static readonly CompileBudget Compiling = new(MaxCompiledPatterns);

    private static readonly PatternMatcher[] Matchers = [.. Patterns.Select(pattern => new PatternMatcher(pattern.Expression, Compiling))];

    // Most messages carry no category; only the patterns whose literals occur in the text are run.
    private static readonly LiteralPrefilter Prefilter = new([.. Patterns.Select(pattern => pattern.Expression)]);

    /// <summary>The categories in <paramref name="normalizedText"/>, strongest first, one entry per category.</summary>
    public static IReadOnlyList<CategoryEvidence> Match(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        if (normalizedText.Length == 0)
        {
            return [];
        }

        Span<bool> candidates = Patterns.Length <= MaxStackPatterns ? stackalloc bool[Patterns.Length] : new bool[Patterns.Length];
        Prefilter.Mark(normalizedText, candidates);
        Dictionary<string, float>? found = null;
        for (var index = 0; index < Patterns.Length; index++)
        {
            if (candidates[index])
            {
                MatchOne(index, normalizedText, linear: false, ref found);
            }
        }

        return Order(found);
    }

    /// <summary>Normalises <paramref name="text"/> and matches it.</summary>
    public static IReadOnlyList<CategoryEvidence> MatchText(string text) => Match(TextNormalizer.Normalize(text));

    /// <summary>
    /// Every pattern on the non-backtracking engine, without the prefilter: how matching worked before it was made
    /// fast, and the reference <see cref="Match"/> must agree with.
    /// </summary>
    internal static IReadOnlyList<CategoryEvidence> MatchEachPattern(string normalizedText)
    {
        Dictionary<string, float>? found = null;
        if (normalizedText.Length > 0)
        {
            for (var index = 0; index < Patterns.Length; index++)
            {
                MatchOne(index, normalizedText, linear: true, ref found);
            }
        }

        return Order(found);
    }

    // Keeps the strongest weight per category, so the order patterns run in does not matter.
    private static void MatchOne(int index, string normalizedText, bool linear, ref Dictionary<string, float>? found)
    {
        var pattern = Patterns[index];
        if (found is not null && found.TryGetValue(pattern.Category, out var known) && known >= pattern.Weight)
        {
            return;
        }

        if (linear ? Matchers[index].IsMatchLinear(normalizedText) : Matchers[index].IsMatch(normalizedText))
        {
            found ??= new Dictionary<string, float>(StringComparer.Ordinal);
            found[pattern.Category] = pattern.Weight;
        }
    }

    private static IReadOnlyList<CategoryEvidence> Order(Dictionary<string, float>? found)
    {
        if (found is null)
        {
            return [];
        }

        return [.. found
            .OrderByDescending(pair => pair.Value)
            .ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => new CategoryEvidence(pair.Key, pair.Value))];
    }
}
