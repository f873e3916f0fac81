using System.Runtime.Versioning;
using Microsoft.Win32;

namespace SafeBrowse.Host.Installation;

[SupportedOSPlatform("windows")]
internal sealed class WindowsRegistry : IRegistry
{
    public string? ReadDefault(RegistryKeyPath key)
    {
        using var opened = Open(key, writable: false);
        return opened?.GetValue(null) as string;
    }

    public void WriteDefault(RegistryKeyPath key, string value)
    {
        using var baseKey = BaseKey(key.Hive);
        using var created = baseKey.CreateSubKey(key.Path, writable: true);
        created.SetValue(null, value, RegistryValueKind.String);
    }

    public void DeleteKey(RegistryKeyPath key)
    {
        using var baseKey = BaseKey(key.Hive);
        baseKey.DeleteSubKeyTree(key.Path, throwOnMissingSubKey: false);
    }

    public int? ReadNumber(RegistryKeyPath key, string valueName)
    {
        using var opened = Open(key, writable: false);
        return opened?.GetValue(valueName) is int number ? number : null;
    }

    public IReadOnlyList<string> ReadStrings(RegistryKeyPath key)
    {
        using var opened = Open(key, writable: false);
        return opened is null ? [] : [.. opened.GetValueNames().Select(name => opened.GetValue(name)).OfType<string>()];
    }

    public IReadOnlyDictionary<string, string> ReadNamedStrings(RegistryKeyPath key)
    {
        using var opened = Open(key, writable: false);
        return opened is null
            ? new Dictionary<string, string>()
            : opened.GetValueNames().Where(name => opened.GetValue(name) is string).ToDictionary(name => name, name => (string)opened.GetValue(name)!, StringComparer.OrdinalIgnoreCase);
    }

    public void WriteString(RegistryKeyPath key, string valueName, string value)
    {
        using var baseKey = BaseKey(key.Hive);
        using var created = baseKey.CreateSubKey(key.Path, writable: true);
        created.SetValue(valueName, value, RegistryValueKind.String);
    }

    public void DeleteValue(RegistryKeyPath key, string valueName)
    {
        using var opened = Open(key, writable: true);
        opened?.DeleteValue(valueName, throwOnMissingValue: false);
    }

    private static RegistryKey? Open(RegistryKeyPath key, bool writable)
    {
        using var baseKey = BaseKey(key.Hive);
        return baseKey.OpenSubKey(key.Path, writable);
    }

    private static RegistryKey BaseKey(RegistryHive hive) =>
        RegistryKey.OpenBaseKey(hive == RegistryHive.LocalMachine ? Microsoft.Win32.RegistryHive.LocalMachine : Microsoft.Win32.RegistryHive.CurrentUser, RegistryView.Default);
}
