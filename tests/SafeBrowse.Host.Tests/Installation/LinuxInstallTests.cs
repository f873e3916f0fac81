using System.Runtime.Versioning;
using SafeBrowse.Host.Installation;

namespace SafeBrowse.Host.Tests.Installation;

[TestClass]
[UnsupportedOSPlatform("windows")]
public sealed class LinuxInstallTests : IDisposable
{
    private const string ChromiumOrigin = "chrome-extension://kenkdnfcmdmplmpolpcjmdablipobohb/";
    private readonly InstallSandbox sandbox = new();

    public LinuxInstallTests() => sandbox.PublishHost("safebrowse-host");

    public void Dispose() => sandbox.Dispose();

    private string InstalledHost => sandbox.At("home/kid/.local/share/safebrowse/app/safebrowse-host");

    private int Install(InstallLayout layout, InstallScope scope = InstallScope.User, TextWriter? output = null) =>
        new HostInstaller(layout, output ?? TextWriter.Null, TimeProvider.System).Install(scope, sandbox.Published, inPlace: false);

    [TestMethod]
    public void Install_ChromiumProfileExists_CopiesHostAndWritesManifestWithExactOriginAndNoBom()
    {
        sandbox.AddFolder("home/kid/.config/chromium");

        var exit = Install(sandbox.Linux());

        var manifestPath = sandbox.At("home/kid/.config/chromium/NativeMessagingHosts/org.safebrowse.host.json");
        var bytes = File.ReadAllBytes(manifestPath);
        var manifest = ManifestReading.Read(manifestPath);
        Assert.AreEqual(0, exit);
        Assert.AreEqual((byte)'{', bytes[0]);
        Assert.AreEqual("org.safebrowse.host", manifest.GetProperty("name").GetString());
        Assert.AreEqual(InstalledHost, manifest.GetProperty("path").GetString());
        Assert.AreEqual("stdio", manifest.GetProperty("type").GetString());
        CollectionAssert.AreEqual(new[] { ChromiumOrigin }, ManifestReading.Strings(manifest, "allowed_origins"));
        Assert.IsFalse(manifest.TryGetProperty("allowed_extensions", out _));
        Assert.IsTrue(File.Exists(sandbox.At("home/kid/.local/share/safebrowse/app/Model/safebrowse-model.zip")));
        Assert.AreNotEqual(0, (int)(File.GetUnixFileMode(InstalledHost) & UnixFileMode.UserExecute));
    }

    [TestMethod]
    public void Install_FirefoxOnPath_WritesAllowedExtensionsWithGeckoId()
    {
        sandbox.AddProgramOnPath("firefox");

        Install(sandbox.Linux());

        var manifest = ManifestReading.Read(sandbox.At("home/kid/.mozilla/native-messaging-hosts/org.safebrowse.host.json"));
        CollectionAssert.AreEqual(new[] { "safebrowse@safebrowse.org" }, ManifestReading.Strings(manifest, "allowed_extensions"));
        Assert.IsFalse(manifest.TryGetProperty("allowed_origins", out _));
    }

    [TestMethod]
    public void Install_EveryBrowserFolder_RegistersEachInItsOwnFolder()
    {
        sandbox.AddFolder("home/kid/.config/google-chrome");
        sandbox.AddFolder("home/kid/.config/microsoft-edge");
        sandbox.AddFolder("home/kid/.config/BraveSoftware/Brave-Browser");
        sandbox.AddFolder("home/kid/.config/vivaldi");
        var output = new StringWriter();

        Install(sandbox.Linux(), output: output);

        foreach (var folder in new[] { "google-chrome", "microsoft-edge", "BraveSoftware/Brave-Browser", "vivaldi" })
        {
            Assert.IsTrue(File.Exists(sandbox.At($"home/kid/.config/{folder}/NativeMessagingHosts/org.safebrowse.host.json")), folder);
        }

        Assert.Contains("Registered for Brave", output.ToString());
        Assert.IsFalse(Directory.Exists(sandbox.At("home/kid/.config/chromium")));
    }

    [TestMethod]
    public void Install_XdgConfigHome_IsHonoured()
    {
        var xdg = sandbox.At("home/kid/xdg");
        sandbox.AddFolder("home/kid/xdg/google-chrome");

        Install(sandbox.Linux(configHome: xdg));

        Assert.IsTrue(File.Exists(Path.Combine(xdg, "google-chrome", "NativeMessagingHosts", "org.safebrowse.host.json")));
    }

    [TestMethod]
    public void Install_NoBrowserFound_RegistersChromiumAndChrome()
    {
        var output = new StringWriter();

        Install(sandbox.Linux(), output: output);

        Assert.IsTrue(File.Exists(sandbox.At("home/kid/.config/chromium/NativeMessagingHosts/org.safebrowse.host.json")));
        Assert.IsTrue(File.Exists(sandbox.At("home/kid/.config/google-chrome/NativeMessagingHosts/org.safebrowse.host.json")));
        Assert.IsFalse(Directory.Exists(sandbox.At("home/kid/.mozilla")));
        Assert.Contains("No browser found", output.ToString());
    }

    [TestMethod]
    public void Install_HostMissing_FailsAndWritesNothing()
    {
        var before = sandbox.Snapshot();
        var installer = new HostInstaller(sandbox.Linux(), TextWriter.Null, TimeProvider.System);

        var exit = installer.Install(InstallScope.User, sandbox.At("nowhere"), inPlace: false);

        Assert.AreEqual(1, exit);
        CollectionAssert.AreEqual(before.ToList(), sandbox.Snapshot().ToList());
    }

    [TestMethod]
    public void Install_InPlace_PointsManifestAtThisProgramAndCopiesNothing()
    {
        sandbox.AddFolder("home/kid/.config/chromium");
        var installer = new HostInstaller(sandbox.Linux(), TextWriter.Null, TimeProvider.System);

        installer.Install(InstallScope.User, sandbox.Published, inPlace: true);

        var manifest = ManifestReading.Read(sandbox.At("home/kid/.config/chromium/NativeMessagingHosts/org.safebrowse.host.json"));
        Assert.AreEqual(Path.Combine(sandbox.Published, "safebrowse-host"), manifest.GetProperty("path").GetString());
        Assert.IsFalse(File.Exists(InstalledHost));
    }

    [TestMethod]
    public void Install_SystemWithoutAdministrator_RefusesAndSaysHow()
    {
        var output = new StringWriter();

        var exit = Install(sandbox.Linux(administrator: false), InstallScope.System, output);

        Assert.AreEqual(1, exit);
        Assert.Contains("sudo installer/install.sh --system", output.ToString());
        Assert.IsFalse(Directory.Exists(sandbox.At("system/etc")));
    }

    [TestMethod]
    public void Install_SystemAsAdministrator_WritesEtcFoldersAndOpt()
    {
        sandbox.AddFile("system/opt/brave.com/brave/brave");
        sandbox.AddFile("system/opt/vivaldi/vivaldi");
        sandbox.AddFile("system/usr/bin/chromium");

        var exit = Install(sandbox.Linux(administrator: true), InstallScope.System);

        Assert.AreEqual(0, exit);
        var manifest = ManifestReading.Read(sandbox.At("system/etc/chromium/native-messaging-hosts/org.safebrowse.host.json"));
        Assert.AreEqual(sandbox.At("system/opt/safebrowse/safebrowse-host"), manifest.GetProperty("path").GetString());
        Assert.IsTrue(File.Exists(sandbox.At("system/etc/opt/chrome/native-messaging-hosts/org.safebrowse.host.json")), "Brave reads Chrome's system folder");
        Assert.IsTrue(File.Exists(sandbox.At("system/etc/opt/vivaldi/native-messaging-hosts/org.safebrowse.host.json")));
        Assert.IsTrue(File.Exists(sandbox.At("system/etc/vivaldi/native-messaging-hosts/org.safebrowse.host.json")));
        Assert.AreEqual(
            UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead,
            File.GetUnixFileMode(sandbox.At("system/etc/chromium/native-messaging-hosts/org.safebrowse.host.json")));
        Assert.IsFalse(Directory.Exists(sandbox.At("home/kid/.config")));
    }

    [TestMethod]
    public void Uninstall_AfterInstall_LeavesTheComputerAsBefore()
    {
        sandbox.AddFolder("home/kid/.config/chromium");
        sandbox.AddProgramOnPath("firefox");
        var before = sandbox.Snapshot();
        Install(sandbox.Linux());

        var exit = new HostUninstaller(sandbox.Linux(), TextWriter.Null).Uninstall(InstallScope.User, purge: false);

        Assert.AreEqual(0, exit);
        CollectionAssert.AreEqual(before.ToList(), sandbox.Snapshot().ToList());
    }

    [TestMethod]
    public void Uninstall_SystemAfterInstall_LeavesTheComputerAsBefore()
    {
        sandbox.AddFile("system/usr/bin/chromium");
        var before = sandbox.Snapshot();
        Install(sandbox.Linux(administrator: true), InstallScope.System);

        new HostUninstaller(sandbox.Linux(administrator: true), TextWriter.Null).Uninstall(InstallScope.System, purge: false);

        CollectionAssert.AreEqual(before.ToList(), sandbox.Snapshot().ToList());
    }

    [TestMethod]
    public void Uninstall_FamilyDataExists_KeepsItUnlessPurged()
    {
        sandbox.AddFolder("home/kid/.config/chromium");
        Install(sandbox.Linux());
        sandbox.AddFile("home/kid/.local/share/safebrowse/logs/host-20261128.log", "ids only");
        var uninstaller = new HostUninstaller(sandbox.Linux(), TextWriter.Null);

        uninstaller.Uninstall(InstallScope.User, purge: false);
        var keptWithoutPurge = File.Exists(sandbox.At("home/kid/.local/share/safebrowse/logs/host-20261128.log"));
        uninstaller.Uninstall(InstallScope.User, purge: true);

        Assert.IsTrue(keptWithoutPurge);
        Assert.IsFalse(File.Exists(InstalledHost));
        Assert.IsFalse(Directory.Exists(sandbox.At("home/kid/.local/share/safebrowse")));
    }

    [TestMethod]
    public void Uninstall_ForeignFileInAFolderItCreated_KeepsTheFile()
    {
        Install(sandbox.Linux());
        sandbox.AddFile("home/kid/.config/chromium/Default/Preferences", "{}");

        new HostUninstaller(sandbox.Linux(), TextWriter.Null).Uninstall(InstallScope.User, purge: false);

        Assert.IsTrue(File.Exists(sandbox.At("home/kid/.config/chromium/Default/Preferences")));
        Assert.IsFalse(File.Exists(sandbox.At("home/kid/.config/chromium/NativeMessagingHosts/org.safebrowse.host.json")));
    }

    [TestMethod]
    public void Repair_ManifestEditedByHand_RewritesItForTheInstalledHost()
    {
        sandbox.AddFolder("home/kid/.config/chromium");
        Install(sandbox.Linux());
        var manifestPath = sandbox.At("home/kid/.config/chromium/NativeMessagingHosts/org.safebrowse.host.json");
        File.WriteAllText(manifestPath, """{"name":"org.safebrowse.host","path":"/old/place","type":"stdio","allowed_origins":[]}""");

        var exit = new HostInstaller(sandbox.Linux(), TextWriter.Null, TimeProvider.System).Repair(InstallScope.User, sandbox.At("elsewhere"));

        var manifest = ManifestReading.Read(manifestPath);
        Assert.AreEqual(0, exit);
        Assert.AreEqual(InstalledHost, manifest.GetProperty("path").GetString());
        CollectionAssert.AreEqual(new[] { ChromiumOrigin }, ManifestReading.Strings(manifest, "allowed_origins"));
    }

    [TestMethod]
    public void Repair_InstalledHostGone_PointsManifestsAtThisProgram()
    {
        sandbox.AddFolder("home/kid/.config/chromium");
        Install(sandbox.Linux());
        File.Delete(InstalledHost);

        new HostInstaller(sandbox.Linux(), TextWriter.Null, TimeProvider.System).Repair(InstallScope.User, sandbox.Published);

        var manifest = ManifestReading.Read(sandbox.At("home/kid/.config/chromium/NativeMessagingHosts/org.safebrowse.host.json"));
        Assert.AreEqual(Path.Combine(sandbox.Published, "safebrowse-host"), manifest.GetProperty("path").GetString());
    }
}
