using System.Text.Json;
using System.Text.RegularExpressions;

namespace SafeBrowse.Detection;

/// <summary>
/// Reads the lexicon files embedded in this assembly (<c>Lexicon/*.json</c>): patterns are data with their proof
/// beside them, and Detection reads no files. A damaged lexicon is a build mistake, so it throws at first use and the
/// lexicon tests catch it before release.
/// </summary>
internal static partial class LexiconResources
{
    private const string Strong = "strong";
    private const string Weak = "weak";
    private const string ResourcePrefix = "SafeBrowse.Detection.Lexicon.";

    // Fragments may name fragments; deeper than this is a loop.
    private const int MaxFragmentDepth = 4;

    private static readonly string[] Languages = ["en", "es"];

    /// <summary>Every pattern of every language, English first, in file order.</summary>
    public static IReadOnlyList<CategoryPattern> Load() => [.. Languages.SelectMany(LoadLanguage)];

    /// <summary>The patterns of one language file.</summary>
    public static IReadOnlyList<CategoryPattern> LoadLanguage(string language)
    {
        var name = ResourcePrefix + language + ".json";
        using var stream = typeof(LexiconResources).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The lexicon resource {name} is missing from the build.");
        var file = JsonSerializer.Deserialize(stream, LexiconJsonContext.Default.LexiconFile)
            ?? throw new InvalidOperationException($"The lexicon resource {name} is empty.");
        return Build(file);
    }

    /// <summary>The patterns of a parsed lexicon file; throws naming the pattern whose category, stage, strength or fragment is unknown.</summary>
    public static IReadOnlyList<CategoryPattern> Build(LexiconFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return [.. file.Patterns.Select(entry => Build(entry, file.Fragments))];
    }

    private static CategoryPattern Build(LexiconEntry entry, IReadOnlyDictionary<string, string> fragments)
    {
        if (!DetectionCategories.All.Contains(entry.Category) && !ContextSignals.All.Contains(entry.Category))
        {
            throw new InvalidOperationException($"Lexicon pattern {entry.Id} names an unknown category.");
        }

        if (!GroomingStages.All.Contains(entry.Stage))
        {
            throw new InvalidOperationException($"Lexicon pattern {entry.Id} names an unknown stage.");
        }

        var weight = entry.Strength switch
        {
            Strong => EvidenceWeights.Strong,
            Weak => EvidenceWeights.Weak,
            _ => throw new InvalidOperationException($"Lexicon pattern {entry.Id} has a strength other than strong or weak."),
        };
        var expression = $@"\b(?:{Expand(entry.Id, entry.Pattern, fragments, 0)})\b";
        return new CategoryPattern(entry.Id, entry.Category, entry.Stage, weight, expression, entry.Examples, entry.NearMisses);
    }

    private static string Expand(string id, string pattern, IReadOnlyDictionary<string, string> fragments, int depth) =>
        depth > MaxFragmentDepth
            ? throw new InvalidOperationException($"Lexicon pattern {id} nests fragments too deep.")
            : FragmentName().Replace(pattern, match => fragments.TryGetValue(match.Groups[1].Value, out var fragment)
                ? Expand(id, fragment, fragments, depth + 1)
                : throw new InvalidOperationException($"Lexicon pattern {id} names an unknown fragment."));

    // Letters only, so quantifiers such as {0,50} are left alone.
    [GeneratedRegex("\\{([a-z_]+)\\}", RegexOptions.CultureInvariant)]
    private static partial Regex FragmentName();
}
