using System.Globalization;
using SafeBrowse.Host.CommandLine;
using SafeBrowse.Host.Platform;
using SafeBrowse.Storage;

namespace SafeBrowse.Host.Installation;

/// <summary>The install, uninstall, repair, pin and doctor commands: flags in, the real computer's layout, one class each to do the work.</summary>
internal static class InstallCommands
{
    public const string SystemFlag = "--system";
    public const string PurgeFlag = "--purge";
    public const string InPlaceFlag = "--in-place";

    /// <summary>How long doctor waits for hello; a second is what the extension can expect, slower test builds need more.</summary>
    public const string TimeoutOption = "--timeout";

    private static readonly TimeSpan HelloTimeout = TimeSpan.FromSeconds(1);

    public static Task<int> InstallAsync(HostCommandLine commandLine, CommandOutput output)
    {
        var flags = Flags(commandLine, SystemFlag, InPlaceFlag);
        var installer = new HostInstaller(Layout(), output.Out, TimeProvider.System);
        return Task.FromResult(installer.Install(ScopeOf(flags), AppContext.BaseDirectory, flags.Contains(InPlaceFlag)));
    }

    public static Task<int> UninstallAsync(HostCommandLine commandLine, CommandOutput output)
    {
        var flags = Flags(commandLine, SystemFlag, PurgeFlag);
        return Task.FromResult(new HostUninstaller(Layout(), output.Out).Uninstall(ScopeOf(flags), flags.Contains(PurgeFlag)));
    }

    public static Task<int> RepairAsync(HostCommandLine commandLine, CommandOutput output)
    {
        var flags = Flags(commandLine, SystemFlag);
        return Task.FromResult(new HostInstaller(Layout(), output.Out, TimeProvider.System).Repair(ScopeOf(flags), AppContext.BaseDirectory));
    }

    public const string ResetAction = "reset";

    public static Task<int> PinAsync(HostCommandLine commandLine, CommandOutput output)
    {
        if (commandLine.CommandArguments is not [ResetAction, ..])
        {
            throw new CommandLineException("'pin' needs what to do: pin reset [--system].");
        }

        var flags = Flags(commandLine with { CommandArguments = [.. commandLine.CommandArguments.Skip(1)] }, SystemFlag);
        var dataDirectory = commandLine.DataDirectory ?? DataDirectory.Default;
        return Task.FromResult(new PinReset(Layout(), output.Out, TimeProvider.System).Reset(ScopeOf(flags), AppContext.BaseDirectory, dataDirectory));
    }

    public static async Task<int> DoctorAsync(HostCommandLine commandLine, CommandOutput output)
    {
        var timeout = HelloTimeout;
        var arguments = commandLine.CommandArguments;
        if (arguments is [TimeoutOption, var seconds])
        {
            timeout = double.TryParse(seconds, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && parsed > 0
                ? TimeSpan.FromSeconds(parsed)
                : throw new CommandLineException($"{TimeoutOption} needs a number of seconds.");
        }
        else
        {
            Flags(commandLine);
        }

        var doctor = new HostDoctor(Layout(), new ProcessHostProbe(TimeProvider.System, timeout));
        var browsersExitCode = HostDoctor.Report(await doctor.DiagnoseAsync(), output.Out);
        var dataDirectory = Path.GetFullPath(commandLine.DataDirectory ?? DataDirectory.Default);
        var familyDataReady = FamilyDataDoctor.Report(dataDirectory, FamilyDatabase.Inspect(dataDirectory), output.Out);
        return familyDataReady ? browsersExitCode : Math.Max(browsersExitCode, 1);
    }

    private static InstallLayout Layout() => ThisComputer.Layout(Environment.GetEnvironmentVariable);

    private static InstallScope ScopeOf(HashSet<string> flags) => flags.Contains(SystemFlag) ? InstallScope.System : InstallScope.User;

    private static HashSet<string> Flags(HostCommandLine commandLine, params string[] allowed)
    {
        var unknown = commandLine.CommandArguments.Except(allowed, StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            throw new CommandLineException($"'{commandLine.CommandName}' does not take {string.Join(" ", unknown)}.");
        }

        return [.. commandLine.CommandArguments];
    }
}
