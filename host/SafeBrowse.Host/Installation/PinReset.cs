using SafeBrowse.Host.Family;
using SafeBrowse.Host.Platform;

namespace SafeBrowse.Host.Installation;

/// <summary>
/// <c>pin reset</c>, for a forgotten PIN: a new setup code that clears the PIN the next time SafeBrowse looks at it
/// (the host owns the family database, so the clearing happens there), printed for the parent. An install for every
/// account keeps its code beside the program, so only an administrator can reset it.
/// </summary>
internal sealed class PinReset(InstallLayout layout, TextWriter output, TimeProvider clock)
{
    /// <param name="scope">Which install's code to replace.</param>
    /// <param name="programDirectory">The folder of the program running this command.</param>
    /// <param name="dataDirectory">The family's data folder, for an install for one account.</param>
    public int Reset(InstallScope scope, string programDirectory, string dataDirectory)
    {
        var (codePath, hostPath) = scope == InstallScope.System ? EveryAccount() : OneAccount(programDirectory, dataDirectory);
        if (codePath is null)
        {
            return 1;
        }

        var code = SetupCodeFiles.Issue(codePath, clearsPin: true, everyAccount: scope == InstallScope.System, new PinHasher(clock));
        output.WriteLine("The parents' PIN is cleared as soon as SafeBrowse next runs, and the weekly digest will say it was reset.");
        SetupCodeWords.Write(output, code, hostPath, scope);
        return 0;
    }

    private (string? CodePath, string HostPath) EveryAccount()
    {
        if (!layout.IsAdministrator)
        {
            output.WriteLine(layout.Platform == HostPlatform.Windows
                ? "Resetting the PIN of an install for every account needs an administrator PowerShell."
                : "Resetting the PIN of an install for every account needs administrator rights: run it with sudo.");
            return (null, string.Empty);
        }

        if (InstallReceipts.Read(layout.AppDirectory(InstallScope.System)) is not { } receipt)
        {
            output.WriteLine("SafeBrowse is not installed for every account on this computer; run  pin reset  without --system.");
            return (null, string.Empty);
        }

        return (Path.Combine(Path.GetDirectoryName(receipt.HostPath)!, SetupCodeFiles.FileName), receipt.HostPath);
    }

    private (string? CodePath, string HostPath) OneAccount(string programDirectory, string dataDirectory)
    {
        var hostPath = Path.Combine(programDirectory, layout.HostExecutableName);
        if (File.Exists(Path.Combine(programDirectory, SetupCodeFiles.FileName)))
        {
            output.WriteLine("This SafeBrowse is installed for every account, and its code beside the program wins: run  pin reset --system  as an administrator.");
            return (null, hostPath);
        }

        return (Path.Combine(DataDirectory.Ensure(dataDirectory), SetupCodeFiles.FileName), hostPath);
    }
}
