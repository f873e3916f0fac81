using SafeBrowse.Storage;

namespace SafeBrowse.Host.Installation;

/// <summary>The family database's part of <c>doctor</c>: read-only, in the same "problem, then fix" form as the browsers.</summary>
internal static class FamilyDataDoctor
{
    /// <returns>False when something needs the parent to act.</returns>
    public static bool Report(string dataDirectory, StorageHealth health, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(health);
        if (!health.DatabaseExists)
        {
            output.WriteLine($"Family data ({dataDirectory}): no database yet; it is created the first time a browser starts SafeBrowse.");
            return true;
        }

        var healthy = health.IsHealthy;
        output.WriteLine($"Family data ({dataDirectory}): {(healthy ? "ready" : "needs attention")}");
        if (health.IntegrityProblem is not null)
        {
            output.WriteLine("  The database fails its integrity check. SafeBrowse sets it aside and starts a fresh one the next time a browser starts it.");
            output.WriteLine("  Fix: close every browser, then open one again; the next digest will say the history before today was lost.");
        }
        else if (health.SchemaVersion != StorageHealth.CurrentSchemaVersion)
        {
            output.WriteLine($"  The database was written by another version of SafeBrowse (schema {health.SchemaVersion?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unknown"}, this one uses {StorageHealth.CurrentSchemaVersion}).");
            output.WriteLine("  Fix: install the newest SafeBrowse (installer/install.sh or installer\\install.ps1).");
        }

        foreach (var path in health.PermissionProblems)
        {
            output.WriteLine($"  {Path.GetFileName(path)} can be read by other accounts on this computer.");
            output.WriteLine($"  Fix: chmod 600 \"{path}\"");
        }

        foreach (var copy in health.CorruptCopies)
        {
            output.WriteLine($"  An unreadable database was set aside as {Path.GetFileName(copy)} and a fresh one started; the digest reports it too.");
            output.WriteLine("  Nothing to do; delete that file once you no longer need it.");
        }

        return healthy;
    }
}
