namespace SafeBrowse.Host.Installation;

/// <summary>How install, repair and <c>pin reset</c> hand the setup code to the parent; the wrappers repeat the first line last.</summary>
internal static class SetupCodeWords
{
    public const string Prefix = "Setup code for the parents' PIN: ";

    public static void Write(TextWriter output, string code, string hostPath, InstallScope scope)
    {
        ArgumentNullException.ThrowIfNull(output);
        var system = scope == InstallScope.System ? " --system" : string.Empty;
        var sudo = scope == InstallScope.System && !OperatingSystem.IsWindows() ? "sudo " : string.Empty;
        output.WriteLine(Prefix + code);
        output.WriteLine("  A parent types it on SafeBrowse's page for parents to set the first PIN. It works once; keep it from the children.");
        output.WriteLine($"  Forgot the PIN, or lost the code? Run:  {sudo}\"{hostPath}\" pin reset{system}");
    }
}
