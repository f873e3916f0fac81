using System.Runtime.Versioning;
using Microsoft.Extensions.Time.Testing;
using SafeBrowse.Host.Family;
using SafeBrowse.Host.Installation;
using SafeBrowse.Host.Tests.Support;

namespace SafeBrowse.Host.Tests.Installation;

/// <summary>Install, repair and <c>pin reset</c> hand the parent a setup code, and keep it where the child cannot replace it when they can.</summary>
[TestClass]
[UnsupportedOSPlatform("windows")]
public sealed class SetupCodeInstallTests : IDisposable
{
    private const UnixFileMode WritableByOthers = UnixFileMode.GroupWrite | UnixFileMode.OtherWrite;
    private readonly InstallSandbox sandbox = new();
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 23, 20, 0, 0, TimeSpan.Zero));

    public SetupCodeInstallTests()
    {
        sandbox.PublishHost("safebrowse-host");
        sandbox.AddFolder("home/kid/.config/chromium");
    }

    public void Dispose() => sandbox.Dispose();

    private string UserDataFolder => sandbox.At("home/kid/.local/share/safebrowse");

    private string SystemProgramFolder => sandbox.At("system/opt/safebrowse");

    private (int Exit, string Output) Install(InstallLayout layout, InstallScope scope)
    {
        using var output = new StringWriter();
        var exit = new HostInstaller(layout, output, clock).Install(scope, sandbox.Published, inPlace: false);
        return (exit, output.ToString());
    }

    private (int Exit, string Output) Reset(InstallLayout layout, InstallScope scope, string programFolder)
    {
        using var output = new StringWriter();
        var exit = new PinReset(layout, output, clock).Reset(scope, programFolder, UserDataFolder);
        return (exit, output.ToString());
    }

    [TestMethod]
    public void Install_OneAccount_PrintsTheCodeItKeepsInTheDataFolderForThisAccountOnly()
    {
        var (exit, output) = Install(sandbox.Linux(), InstallScope.User);

        var printed = ParentSetupCode.Find(output);
        var kept = Path.Combine(UserDataFolder, SetupCodeFiles.FileName);
        var record = SetupCodeFiles.Read(kept);
        Assert.AreEqual(0, exit, output);
        Assert.IsNotNull(printed, output);
        Assert.IsNotNull(record);
        Assert.IsTrue(record.Matches(printed));
        Assert.IsFalse(record.Matches("2222-3333-4444"));
        Assert.IsFalse(record.ClearsPin);
        Assert.AreEqual(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(kept));
        Assert.DoesNotContain(printed, File.ReadAllText(kept), "only the code's hash is kept");
    }

    [TestMethod]
    public void Install_EveryAccount_KeepsTheCodeBesideTheProgramWhereOnlyTheAdministratorWrites()
    {
        var (exit, output) = Install(sandbox.Linux(administrator: true), InstallScope.System);

        var kept = Path.Combine(SystemProgramFolder, SetupCodeFiles.FileName);
        var receipt = InstallReceipts.Read(SystemProgramFolder);
        Assert.AreEqual(0, exit, output);
        Assert.IsTrue(SetupCodeFiles.Read(kept)!.Matches(ParentSetupCode.Find(output)!));
        Assert.AreEqual(UnixFileMode.None, File.GetUnixFileMode(kept) & WritableByOthers, "no account but the owner (root) may replace it");
        Assert.AreEqual(UnixFileMode.None, File.GetUnixFileMode(SystemProgramFolder) & WritableByOthers, "nor swap the folder's entries");
        Assert.AreNotEqual(UnixFileMode.None, File.GetUnixFileMode(kept) & UnixFileMode.OtherRead, "every child's host reads it");
        Assert.IsFalse(File.Exists(Path.Combine(UserDataFolder, SetupCodeFiles.FileName)));
        Assert.AreEqual(kept, receipt!.SetupCodePath);
        StringAssert.Contains(output, "sudo \"" + Path.Combine(SystemProgramFolder, "safebrowse-host") + "\" pin reset --system");
    }

    [TestMethod]
    public void Repair_AfterInstall_PrintsANewCodeAndTheOldOneNoLongerWorks()
    {
        var first = ParentSetupCode.Find(Install(sandbox.Linux(), InstallScope.User).Output)!;

        using var output = new StringWriter();
        new HostInstaller(sandbox.Linux(), output, clock).Repair(InstallScope.User, sandbox.Published);

        var second = ParentSetupCode.Find(output.ToString())!;
        var record = SetupCodeFiles.Read(Path.Combine(UserDataFolder, SetupCodeFiles.FileName))!;
        Assert.AreNotEqual(first, second);
        Assert.IsTrue(record.Matches(second));
        Assert.IsFalse(record.Matches(first));
    }

    [TestMethod]
    public void Uninstall_EveryAccount_RemovesTheSetupCode()
    {
        Install(sandbox.Linux(administrator: true), InstallScope.System);

        new HostUninstaller(sandbox.Linux(administrator: true), TextWriter.Null).Uninstall(InstallScope.System, purge: false);

        Assert.IsFalse(File.Exists(Path.Combine(SystemProgramFolder, SetupCodeFiles.FileName)));
    }

    [TestMethod]
    public void PinReset_OneAccount_PrintsACodeThatClearsThePin()
    {
        var (exit, output) = Reset(sandbox.Linux(), InstallScope.User, sandbox.Published);

        var record = SetupCodeFiles.Read(Path.Combine(UserDataFolder, SetupCodeFiles.FileName));
        Assert.AreEqual(0, exit, output);
        Assert.IsTrue(record!.ClearsPin);
        Assert.IsTrue(record.Matches(ParentSetupCode.Find(output)!));
        StringAssert.Contains(output, "weekly digest");
    }

    [TestMethod]
    public void PinReset_EveryAccountWithoutAdministrator_ChangesNothing()
    {
        Install(sandbox.Linux(administrator: true), InstallScope.System);
        var kept = Path.Combine(SystemProgramFolder, SetupCodeFiles.FileName);
        var before = File.ReadAllBytes(kept);

        var (exit, output) = Reset(sandbox.Linux(), InstallScope.System, SystemProgramFolder);

        Assert.AreEqual(1, exit);
        StringAssert.Contains(output, "sudo");
        Assert.IsNull(ParentSetupCode.Find(output));
        CollectionAssert.AreEqual(before, File.ReadAllBytes(kept));
    }

    [TestMethod]
    public void PinReset_OneAccountOfAnInstallForEveryAccount_SaysToResetItAsAnAdministrator()
    {
        Install(sandbox.Linux(administrator: true), InstallScope.System);

        var (exit, output) = Reset(sandbox.Linux(), InstallScope.User, SystemProgramFolder);

        Assert.AreEqual(1, exit);
        StringAssert.Contains(output, "pin reset --system");
        Assert.IsFalse(File.Exists(Path.Combine(UserDataFolder, SetupCodeFiles.FileName)), "a code the host would ignore is not written");
    }

    [TestMethod]
    public void PinReset_EveryAccountAsAdministrator_ReplacesTheCodeBesideTheProgram()
    {
        var installed = ParentSetupCode.Find(Install(sandbox.Linux(administrator: true), InstallScope.System).Output)!;

        var (exit, output) = Reset(sandbox.Linux(administrator: true), InstallScope.System, SystemProgramFolder);

        var record = SetupCodeFiles.Read(Path.Combine(SystemProgramFolder, SetupCodeFiles.FileName))!;
        Assert.AreEqual(0, exit, output);
        Assert.IsTrue(record.ClearsPin);
        Assert.IsTrue(record.Matches(ParentSetupCode.Find(output)!));
        Assert.IsFalse(record.Matches(installed));
    }
}
