namespace SafeBrowse.Host.Installation;

/// <summary>Who the registration serves: the account that runs the command, or every account on the computer.</summary>
internal enum InstallScope
{
    User,
    System,
}
