using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;

namespace SafeBrowse.Digest;

/// <summary>
/// The digest's words in one language, from Resources/digest.{language}.json. Texts are templates with named
/// placeholders ("{name}"); they are filled in one pass, so a value that happens to contain "{name}" stays as it is.
/// </summary>
internal sealed class DigestTexts
{
    private static readonly ConcurrentDictionary<string, DigestTexts> Loaded = new(StringComparer.Ordinal);

    private readonly Dictionary<string, string> entries;

    private DigestTexts(string language, Dictionary<string, string> entries)
    {
        Language = language;
        this.entries = entries;
    }

    public string Language { get; }

    public IReadOnlyDictionary<string, string> Entries => entries;

    public static DigestTexts For(string? language) => Loaded.GetOrAdd(DigestLanguages.Resolve(language), Load);

    /// <summary>The plural form of <paramref name="key"/> for <paramref name="count"/>: both languages only tell one from many.</summary>
    public static string PluralKey(string key, int count) => count == 1 ? key + ".one" : key + ".other";

    /// <summary>The template escaped as HTML, with each placeholder replaced by a value that is already HTML.</summary>
    public string Html(string key, params ReadOnlySpan<(string Name, string Html)> values) =>
        Fill(key, HtmlText.Escape(Template(key)), values);

    /// <summary>The template with each placeholder replaced by a plain-text value; the caller escapes the result.</summary>
    public string Plain(string key, params ReadOnlySpan<(string Name, string Text)> values) =>
        Fill(key, Template(key), values);

    private string Template(string key) =>
        entries.TryGetValue(key, out var template)
            ? template
            : throw new KeyNotFoundException($"The digest text '{key}' is missing in '{Language}'.");

    private static string Fill(string key, string text, ReadOnlySpan<(string Name, string Value)> values)
    {
        if (!text.Contains('{', StringComparison.Ordinal))
        {
            return text;
        }

        var filled = new StringBuilder(text.Length + 64);
        var position = 0;
        while (position < text.Length)
        {
            var open = text.IndexOf('{', position);
            var close = open < 0 ? -1 : text.IndexOf('}', open + 1);
            if (close < 0)
            {
                filled.Append(text, position, text.Length - position);
                break;
            }

            filled.Append(text, position, open - position);
            filled.Append(ValueOf(key, text[(open + 1)..close], values));
            position = close + 1;
        }

        return filled.ToString();
    }

    private static string ValueOf(string key, string name, ReadOnlySpan<(string Name, string Value)> values)
    {
        foreach (var (valueName, value) in values)
        {
            if (valueName.Equals(name, StringComparison.Ordinal))
            {
                return value;
            }
        }

        throw new InvalidOperationException($"The digest text '{key}' needs a value for '{{{name}}}'.");
    }

    private static DigestTexts Load(string language)
    {
        var resource = $"SafeBrowse.Digest.digest.{language}.json";
        using var stream = typeof(DigestTexts).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The resource '{resource}' is not embedded.");
        var entries = JsonSerializer.Deserialize(stream, DigestJsonContext.Default.DictionaryStringString)
            ?? throw new InvalidOperationException($"The resource '{resource}' is empty.");
        return new DigestTexts(language, entries);
    }
}
