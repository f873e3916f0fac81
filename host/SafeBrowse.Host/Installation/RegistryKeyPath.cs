namespace SafeBrowse.Host.Installation;

/// <summary>A registry key: HKCU or HKLM plus the path below it.</summary>
internal sealed record RegistryKeyPath(RegistryHive Hive, string Path)
{
    public static RegistryHive HiveFor(InstallScope scope) => scope == InstallScope.System ? RegistryHive.LocalMachine : RegistryHive.CurrentUser;

    public override string ToString() => (Hive == RegistryHive.LocalMachine ? @"HKLM\" : @"HKCU\") + Path;
}
