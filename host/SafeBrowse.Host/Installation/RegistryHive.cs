namespace SafeBrowse.Host.Installation;

internal enum RegistryHive
{
    CurrentUser,
    LocalMachine,
}
