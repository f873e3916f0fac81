using System.Text.Json.Serialization;
using SafeBrowse.Host.Platform;

namespace SafeBrowse.Host.Installation;

internal sealed record HostManifest(
    string Name,
    string Description,
    string Path,
    string Type,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? AllowedOrigins,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? AllowedExtensions)
{
    public const string HostName = "org.safebrowse.host";

    public static HostManifest For(BrowserFamily family, string hostPath) => new(
        HostName,
        "SafeBrowse: scores chat messages on this computer",
        hostPath,
        "stdio",
        family == BrowserFamily.Chromium ? ExtensionIds.ChromiumOrigins : null,
        family == BrowserFamily.Firefox ? ExtensionIds.Gecko : null);
}
