using SafeBrowse.Host.Installation;

namespace SafeBrowse.Host.Tests.Installation;

/// <summary>The registry as a dictionary of keys (case-insensitive, as Windows has them) to their values.</summary>
internal sealed class FakeRegistry : IRegistry
{
    private readonly Dictionary<string, Dictionary<string, object>> keys = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyCollection<string> Keys => keys.Keys;

    public string? ReadDefault(RegistryKeyPath key) =>
        keys.TryGetValue(key.ToString(), out var values) && values.TryGetValue(string.Empty, out var value) ? value as string : null;

    public void WriteDefault(RegistryKeyPath key, string value) => Set(key, string.Empty, value);

    public void DeleteKey(RegistryKeyPath key)
    {
        foreach (var name in keys.Keys.Where(name => name.Equals(key.ToString(), StringComparison.OrdinalIgnoreCase)
            || name.StartsWith(key + @"\", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            keys.Remove(name);
        }
    }

    public int? ReadNumber(RegistryKeyPath key, string valueName) =>
        keys.TryGetValue(key.ToString(), out var values) && values.TryGetValue(valueName, out var value) ? value as int? : null;

    public IReadOnlyList<string> ReadStrings(RegistryKeyPath key) =>
        keys.TryGetValue(key.ToString(), out var values) ? [.. values.Values.OfType<string>()] : [];

    public IReadOnlyDictionary<string, string> ReadNamedStrings(RegistryKeyPath key) =>
        keys.TryGetValue(key.ToString(), out var values)
            ? values.Where(value => value.Value is string).ToDictionary(value => value.Key, value => (string)value.Value, StringComparer.OrdinalIgnoreCase)
            : new Dictionary<string, string>();

    public void WriteString(RegistryKeyPath key, string valueName, string value) => Set(key, valueName, value);

    public void DeleteValue(RegistryKeyPath key, string valueName)
    {
        if (keys.TryGetValue(key.ToString(), out var values))
        {
            values.Remove(valueName);
        }
    }

    public void Set(RegistryKeyPath key, string valueName, object value)
    {
        if (!keys.TryGetValue(key.ToString(), out var values))
        {
            values = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
            keys[key.ToString()] = values;
        }

        values[valueName] = value;
    }
}
