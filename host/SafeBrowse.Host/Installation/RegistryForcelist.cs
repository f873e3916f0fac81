using System.Globalization;

namespace SafeBrowse.Host.Installation;

/// <summary>
/// A Chromium-family browser's <c>HKLM\…\ExtensionInstallForcelist</c> on Windows: one string value a numbered name per
/// extension. SafeBrowse takes the first free number and removes only the value holding its own entry.
/// </summary>
internal static class RegistryForcelist
{
    public static ExtensionPolicy Write(string browser, IRegistry registry, RegistryKeyPath key, ExtensionListing listing, bool createdEarlier)
    {
        var values = registry.ReadNamedStrings(key);
        if (!values.Values.Contains(listing.ForcelistEntry, StringComparer.Ordinal))
        {
            var name = Enumerable.Range(1, values.Count + 1).Select(number => number.ToString(CultureInfo.InvariantCulture)).First(free => !values.ContainsKey(free));
            registry.WriteString(key, name, listing.ForcelistEntry);
        }

        return new ExtensionPolicy(browser, ExtensionPolicyFormat.Registry, key.Path, listing.ForcelistEntry, values.Count == 0 || createdEarlier);
    }

    public static bool Remove(IRegistry registry, ExtensionPolicy policy)
    {
        var key = new RegistryKeyPath(RegistryHive.LocalMachine, policy.Location);
        var ours = registry.ReadNamedStrings(key).Where(value => value.Value == policy.Entry).Select(value => value.Key).ToList();
        ours.ForEach(name => registry.DeleteValue(key, name));
        if (policy.CreatedFile && ours.Count > 0 && registry.ReadNamedStrings(key).Count == 0)
        {
            registry.DeleteKey(key);
        }

        return ours.Count > 0;
    }
}
