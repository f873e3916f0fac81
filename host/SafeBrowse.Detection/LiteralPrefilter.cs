using System.Buffers;
using System.Collections.Frozen;

namespace SafeBrowse.Detection;

/// <summary>
/// Picks the patterns that can match a text: a pattern can only match where one of its required literals
/// (<see cref="RequiredLiterals"/>) occurs, and one vectorised multi-string search finds those. Patterns without known
/// literals are always picked, so the choice never drops a match.
/// </summary>
internal sealed class LiteralPrefilter
{
    // A prefix of a required literal is required too. Cutting literals short merges thousands of phrase variants
    // into a few hundred prefixes, which keeps the search structure small enough to stay in cache.
    private const int MaxLiteralLength = 6;

    private readonly SearchValues<string> literals;
    private readonly FrozenDictionary<char, (string Literal, int[] Patterns)[]> byFirstChar;
    private readonly int[] alwaysRun;

    public LiteralPrefilter(IReadOnlyList<string> patterns)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        var patternsByLiteral = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var always = new List<int>();
        for (var index = 0; index < patterns.Count; index++)
        {
            var required = RequiredLiterals.Find(patterns[index]);
            if (required is null)
            {
                always.Add(index);
                continue;
            }

            foreach (var literal in required.Select(literal => literal.Length > MaxLiteralLength ? literal[..MaxLiteralLength] : literal).Distinct(StringComparer.Ordinal))
            {
                if (!patternsByLiteral.TryGetValue(literal, out var list))
                {
                    patternsByLiteral[literal] = list = [];
                }

                list.Add(index);
            }
        }

        literals = SearchValues.Create([.. patternsByLiteral.Keys], StringComparison.Ordinal);
        byFirstChar = patternsByLiteral
            .GroupBy(pair => pair.Key[0])
            .ToFrozenDictionary(group => group.Key, group => group.Select(pair => (pair.Key, pair.Value.ToArray())).ToArray());
        alwaysRun = [.. always];
        PatternsWithoutLiterals = always.Count;
        LiteralCount = patternsByLiteral.Count;
    }

    public int PatternsWithoutLiterals { get; }

    public int LiteralCount { get; }

    /// <summary>Sets <paramref name="candidates"/>[i] for every pattern i that may match <paramref name="text"/>.</summary>
    public void Mark(ReadOnlySpan<char> text, Span<bool> candidates)
    {
        foreach (var index in alwaysRun)
        {
            candidates[index] = true;
        }

        var offset = 0;
        while (offset < text.Length)
        {
            var found = text[offset..].IndexOfAny(literals);
            if (found < 0)
            {
                return;
            }

            var at = text[(offset + found)..];
            foreach (var (literal, patterns) in byFirstChar[at[0]])
            {
                if (at.StartsWith(literal, StringComparison.Ordinal))
                {
                    foreach (var pattern in patterns)
                    {
                        candidates[pattern] = true;
                    }
                }
            }

            offset += found + 1;
        }
    }
}
