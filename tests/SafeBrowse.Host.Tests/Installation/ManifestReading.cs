using System.Text.Json;

namespace SafeBrowse.Host.Tests.Installation;

internal static class ManifestReading
{
    public static JsonElement Read(string path) => JsonDocument.Parse(File.ReadAllBytes(path)).RootElement.Clone();

    public static string[] Strings(JsonElement manifest, string property) =>
        [.. manifest.GetProperty(property).EnumerateArray().Select(item => item.GetString()!)];
}
