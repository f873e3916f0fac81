using System.Text.Json;
using System.Text.Json.Nodes;

namespace SafeBrowse.Host.Installation;

/// <summary>
/// SafeBrowse's own file in a Chromium-family managed policy folder on Linux: the browser reads every JSON file there,
/// so a file of its own installs the extension without touching anyone else's policies.
/// </summary>
internal static class ChromiumPolicyFile
{
    public const string FileName = "safebrowse.json";
    public const string Forcelist = "ExtensionInstallForcelist";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static ExtensionPolicy Write(string browser, string path, ExtensionListing listing, DirectoryTracker directories)
    {
        directories.Ensure(Path.GetDirectoryName(path)!, PolicyFiles.FolderReadableByAll);
        var created = !File.Exists(path);
        var policy = new JsonObject { [Forcelist] = new JsonArray(listing.ForcelistEntry) };
        PolicyFiles.WriteReadableByAll(path, policy.ToJsonString(Indented));
        return new ExtensionPolicy(browser, ExtensionPolicyFormat.ChromiumJson, path, listing.ForcelistEntry, created);
    }

    /// <summary>The whole file is SafeBrowse's, so it goes.</summary>
    public static bool Remove(ExtensionPolicy policy)
    {
        if (!File.Exists(policy.Location))
        {
            return false;
        }

        File.Delete(policy.Location);
        return true;
    }
}
