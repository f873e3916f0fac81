namespace SafeBrowse.Host.Installation;

/// <summary>Removes exactly what the install receipt lists; the family's data stays unless a purge is asked for.</summary>
internal sealed class HostUninstaller(InstallLayout layout, TextWriter output)
{
    private readonly BrowserRegistrar registrar = new(layout);
    private readonly ExtensionPolicyWriter policyWriter = new(layout);

    public int Uninstall(InstallScope scope, bool purge)
    {
        if (scope == InstallScope.System && !layout.IsAdministrator)
        {
            output.WriteLine("Removing SafeBrowse for every account needs administrator rights (sudo, or an administrator PowerShell).");
            return 1;
        }

        var appDirectory = layout.AppDirectory(scope);
        var receipt = InstallReceipts.Read(appDirectory);
        var registrations = receipt?.Registrations
            ?? [.. BrowserCatalog.All.SelectMany(browser => registrar.Plan(browser, scope, appDirectory))];
        if (receipt is null)
        {
            output.WriteLine($"No install receipt in {appDirectory}; removing any SafeBrowse registration found in the usual places.");
        }

        foreach (var registration in registrations)
        {
            if (registrar.Remove(registration))
            {
                output.WriteLine($"Removed for {registration.Browser}: {registration.ManifestPath}");
            }
        }

        // Without a receipt, SafeBrowse's own entries are taken out of the usual places; no file is deleted but its own.
        var policies = receipt?.Policies
            ?? (scope == InstallScope.System ? [.. BrowserCatalog.All.SelectMany(policyWriter.Plan)] : []);
        foreach (var policy in policies)
        {
            if (policyWriter.Remove(policy))
            {
                output.WriteLine($"Removed the install policy for {policy.Browser}: {policy.Location}");
            }
        }

        var failures = 0;
        IEnumerable<string> setupCode = receipt?.SetupCodePath is { } setupCodePath ? [setupCodePath] : [];
        foreach (var file in (receipt?.HostFiles ?? []).Concat(setupCode).Append(InstallReceipts.PathIn(appDirectory)))
        {
            failures += TryDelete(file) ? 0 : 1;
        }

        DirectoryTracker.RemoveEmpty(receipt?.CreatedDirectories ?? []);
        if (receipt?.HostFiles.Count > 0)
        {
            output.WriteLine(failures == 0 ? $"Removed the SafeBrowse host from {appDirectory}." : $"Some files in {appDirectory} are in use; delete that folder once SafeBrowse has stopped.");
        }

        if (purge)
        {
            if (Directory.Exists(layout.DataDirectory))
            {
                Directory.Delete(layout.DataDirectory, recursive: true);
            }

            output.WriteLine($"Removed SafeBrowse's data in {layout.DataDirectory}.");
        }
        else if (Directory.Exists(layout.DataDirectory))
        {
            output.WriteLine($"Your family's SafeBrowse data stays in {layout.DataDirectory}; uninstall --purge removes it too.");
        }

        output.WriteLine("Remove the extension from the browser's extensions page too.");
        return failures == 0 ? 0 : 1;
    }

    private static bool TryDelete(string file)
    {
        try
        {
            File.Delete(file);
            return true;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
