using SafeBrowse.Host.CommandLine;
using SafeBrowse.Host.Platform;
using SafeBrowse.Storage;

namespace SafeBrowse.Host.Installation;

/// <summary>The install, uninstall, repair, pin reset and doctor commands: parsed values in, the real computer's layout, one class each to do the work.</summary>
internal static class InstallCommands
{
    public static int Install(InstallScope scope, bool inPlace, CommandOutput output) =>
        new HostInstaller(Layout(), output.Out, TimeProvider.System).Install(scope, AppContext.BaseDirectory, inPlace);

    public static int Uninstall(InstallScope scope, bool purge, CommandOutput output) =>
        new HostUninstaller(Layout(), output.Out).Uninstall(scope, purge);

    public static int Repair(InstallScope scope, CommandOutput output) =>
        new HostInstaller(Layout(), output.Out, TimeProvider.System).Repair(scope, AppContext.BaseDirectory);

    public static int ResetPin(InstallScope scope, string? dataDirectory, CommandOutput output) =>
        new PinReset(Layout(), output.Out, TimeProvider.System).Reset(scope, AppContext.BaseDirectory, dataDirectory ?? DataDirectory.Default);

    public static async Task<int> DoctorAsync(TimeSpan helloTimeout, string? dataDirectory, CommandOutput output)
    {
        var doctor = new HostDoctor(Layout(), new ProcessHostProbe(TimeProvider.System, helloTimeout));
        var browsersExitCode = HostDoctor.Report(await doctor.DiagnoseAsync(), output.Out);
        var folder = Path.GetFullPath(dataDirectory ?? DataDirectory.Default);
        var familyDataReady = FamilyDataDoctor.Report(folder, FamilyDatabase.Inspect(folder), output.Out);
        return familyDataReady ? browsersExitCode : Math.Max(browsersExitCode, ExitCodes.ProblemsFound);
    }

    private static InstallLayout Layout() => ThisComputer.Layout(Environment.GetEnvironmentVariable);
}
