namespace SafeBrowse.Host.Installation;

/// <summary>
/// Install policies for an every-account install: each browser installs the published extension by itself and keeps
/// it on, so a child's account cannot remove or turn it off. Where they go is <see cref="BrowserPaths.Policies"/>.
/// </summary>
internal sealed class ExtensionPolicyWriter(InstallLayout layout)
{
    private const string ManagedPreferencesFolder = "/Library/Managed Preferences";

    /// <summary>Every policy an install writes for <paramref name="browser"/> here, as uninstall would look for it.</summary>
    public IEnumerable<ExtensionPolicy> Plan(BrowserDefinition browser)
    {
        var format = FormatOf(browser);
        var entry = format == ExtensionPolicyFormat.FirefoxPolicies ? browser.Listing.Id : browser.Listing.ForcelistEntry;
        return browser.On(layout.Platform).Policies.Select(source => new ExtensionPolicy(browser.Name, format, LocationOf(format, source), entry, CreatedFile: false));
    }

    /// <returns>What was written, or null when an existing policy file could not be read and was left as it was.</returns>
    public ExtensionPolicy? Write(BrowserDefinition browser, ExtensionPolicy planned, DirectoryTracker directories, IReadOnlyList<ExtensionPolicy> previous)
    {
        var createdEarlier = previous.Any(earlier => earlier.Location == planned.Location && earlier.CreatedFile);
        return planned.Format switch
        {
            ExtensionPolicyFormat.ChromiumJson => ChromiumPolicyFile.Write(browser.Name, planned.Location, browser.Listing, directories),
            ExtensionPolicyFormat.ManagedPreferences => ManagedPreferencesForcelist.Write(browser.Name, planned.Location, browser.Listing, directories, createdEarlier),
            ExtensionPolicyFormat.FirefoxPolicies => FirefoxPolicyFile.Write(browser.Name, planned.Location, browser.Listing, directories, createdEarlier),
            _ => RegistryForcelist.Write(browser.Name, RequireRegistry(), new RegistryKeyPath(RegistryHive.LocalMachine, planned.Location), browser.Listing, createdEarlier),
        };
    }

    /// <summary>Takes out exactly what <paramref name="policy"/> added; true when it was there.</summary>
    public bool Remove(ExtensionPolicy policy) => policy.Format switch
    {
        ExtensionPolicyFormat.ChromiumJson => ChromiumPolicyFile.Remove(policy),
        ExtensionPolicyFormat.ManagedPreferences => ManagedPreferencesForcelist.Remove(policy),
        ExtensionPolicyFormat.FirefoxPolicies => FirefoxPolicyFile.Remove(policy),
        _ => RegistryForcelist.Remove(RequireRegistry(), policy),
    };

    private ExtensionPolicyFormat FormatOf(BrowserDefinition browser) => (browser.Family, layout.Platform) switch
    {
        (BrowserFamily.Firefox, _) => ExtensionPolicyFormat.FirefoxPolicies,
        (_, HostPlatform.Linux) => ExtensionPolicyFormat.ChromiumJson,
        (_, HostPlatform.MacOs) => ExtensionPolicyFormat.ManagedPreferences,
        _ => ExtensionPolicyFormat.Registry,
    };

    private string LocationOf(ExtensionPolicyFormat format, string source) => format switch
    {
        ExtensionPolicyFormat.ChromiumJson => Path.Combine(layout.ExpandOne(source), ChromiumPolicyFile.FileName),
        ExtensionPolicyFormat.ManagedPreferences => layout.System($"{ManagedPreferencesFolder}/{source}.plist"),
        ExtensionPolicyFormat.FirefoxPolicies => Path.Combine(layout.ExpandOne(source), FirefoxPolicyFile.FileName),
        _ => $@"{source}\{ChromiumPolicyFile.Forcelist}",
    };

    private IRegistry RequireRegistry() =>
        layout.Registry ?? throw new InvalidOperationException("Install policies on Windows need the registry.");
}
