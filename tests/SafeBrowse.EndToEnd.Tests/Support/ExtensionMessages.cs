using System.Text.Json;

namespace SafeBrowse.EndToEnd.Tests.Support;

/// <summary>The extension's own words in one language, read from its <c>_locales</c> as chrome.i18n would.</summary>
internal static class ExtensionMessages
{
    public static IReadOnlyDictionary<string, string> Of(string language)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Extension, "_locales", language, "messages.json")));
        return json.RootElement.EnumerateObject().ToDictionary(entry => entry.Name, entry => entry.Value.GetProperty("message").GetString()!);
    }
}
