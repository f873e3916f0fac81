namespace SafeBrowse.Host.Installation;

/// <summary>How an install policy is stored, which decides how it is merged in and taken out again.</summary>
internal enum ExtensionPolicyFormat
{
    /// <summary>A JSON file of SafeBrowse's own in a Chromium-family managed policy folder (Linux).</summary>
    ChromiumJson,

    /// <summary>An entry in a managed preferences plist (macOS).</summary>
    ManagedPreferences,

    /// <summary>A value under a policy key's ExtensionInstallForcelist (Windows).</summary>
    Registry,

    /// <summary>An entry in Firefox's policies.json ExtensionSettings.</summary>
    FirefoxPolicies,
}
