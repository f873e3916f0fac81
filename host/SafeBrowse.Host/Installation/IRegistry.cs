namespace SafeBrowse.Host.Installation;

/// <summary>The few registry operations registering a host needs; a fake in tests, <see cref="WindowsRegistry"/> for real.</summary>
internal interface IRegistry
{
    /// <summary>The key's (Default) value, which is where browsers read the manifest path; null when missing.</summary>
    string? ReadDefault(RegistryKeyPath key);

    void WriteDefault(RegistryKeyPath key, string value);

    void DeleteKey(RegistryKeyPath key);

    /// <summary>A DWORD value, or null when the key or value is missing.</summary>
    int? ReadNumber(RegistryKeyPath key, string valueName);

    /// <summary>Every string value in the key (how list policies are stored), empty when the key is missing.</summary>
    IReadOnlyList<string> ReadStrings(RegistryKeyPath key);

    /// <summary>Every string value in the key by its name (a list policy's entries are named 1, 2, …), empty when the key is missing.</summary>
    IReadOnlyDictionary<string, string> ReadNamedStrings(RegistryKeyPath key);

    /// <summary>Writes a named string value, creating the key when it is missing.</summary>
    void WriteString(RegistryKeyPath key, string valueName, string value);

    /// <summary>Deletes one value; nothing happens when it is missing.</summary>
    void DeleteValue(RegistryKeyPath key, string valueName);
}
