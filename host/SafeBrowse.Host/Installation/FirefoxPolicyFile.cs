using System.Text.Json;
using System.Text.Json.Nodes;

namespace SafeBrowse.Host.Installation;

/// <summary>
/// Firefox's policies.json, which an administrator may already use for other policies: SafeBrowse adds its own entry
/// under ExtensionSettings and takes out only that entry again.
/// </summary>
internal static class FirefoxPolicyFile
{
    public const string FileName = "policies.json";

    private const string Policies = "policies";
    private const string ExtensionSettings = "ExtensionSettings";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };
    private static readonly JsonDocumentOptions Lenient = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <returns>The policy written, or null when an existing file could not be read and was left as it was.</returns>
    public static ExtensionPolicy? Write(string browser, string path, ExtensionListing listing, DirectoryTracker directories, bool createdEarlier)
    {
        var exists = File.Exists(path);
        var root = exists ? Read(path) : new JsonObject();
        if (root is null)
        {
            return null;
        }

        // Private browsing matters: with "never remember history" every window is private and an add-on not allowed
        // there does not run at all.
        SettingsOf(root)[listing.Id] = new JsonObject
        {
            ["installation_mode"] = "force_installed",
            ["install_url"] = listing.UpdateUrl,
            ["private_browsing"] = true,
        };
        directories.Ensure(Path.GetDirectoryName(path)!, PolicyFiles.FolderReadableByAll);
        PolicyFiles.WriteReadableByAll(path, root.ToJsonString(Indented));
        return new ExtensionPolicy(browser, ExtensionPolicyFormat.FirefoxPolicies, path, listing.Id, !exists || createdEarlier);
    }

    public static bool Remove(ExtensionPolicy policy)
    {
        if (!File.Exists(policy.Location) || Read(policy.Location) is not { } root
            || root[Policies]?[ExtensionSettings] is not JsonObject settings || !settings.Remove(policy.Entry))
        {
            return false;
        }

        var policies = (JsonObject)root[Policies]!;
        if (settings.Count == 0)
        {
            policies.Remove(ExtensionSettings);
        }

        if (policies.Count == 0)
        {
            root.Remove(Policies);
        }

        if (root.Count == 0 && policy.CreatedFile)
        {
            File.Delete(policy.Location);
        }
        else
        {
            PolicyFiles.WriteReadableByAll(policy.Location, root.ToJsonString(Indented));
        }

        return true;
    }

    /// <summary>The ids of the add-ons the file force-installs; empty when there is no file.</summary>
    /// <exception cref="InvalidDataException">The file exists but is not a policies file SafeBrowse can read.</exception>
    public static IReadOnlyList<string> ForceInstalled(string path)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        var root = Read(path) ?? throw new InvalidDataException("Not a readable policies file.");
        return root[Policies]?[ExtensionSettings] is JsonObject settings
            ? [.. settings.Where(entry => entry.Value is JsonObject setting && setting["installation_mode"] is JsonValue mode
                && mode.TryGetValue<string>(out var installation) && installation == "force_installed").Select(entry => entry.Key)]
            : [];
    }

    // The root, with "policies" and its "ExtensionSettings" objects where they exist: anything else is a file
    // SafeBrowse must not rewrite.
    private static JsonObject? Read(string path)
    {
        try
        {
            if (JsonNode.Parse(File.ReadAllBytes(path), documentOptions: Lenient) is not JsonObject root)
            {
                return null;
            }

            var policies = root[Policies];
            var settings = policies?[ExtensionSettings];
            return (policies is null or JsonObject) && (settings is null or JsonObject) ? root : null;
        }
        catch (Exception error) when (error is JsonException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            return null;
        }
    }

    private static JsonObject SettingsOf(JsonObject root)
    {
        if (root[Policies] is not JsonObject policies)
        {
            policies = [];
            root[Policies] = policies;
        }

        if (policies[ExtensionSettings] is not JsonObject settings)
        {
            settings = [];
            policies[ExtensionSettings] = settings;
        }

        return settings;
    }
}
