using SafeBrowse.Host.Installation;

namespace SafeBrowse.Host.Tests.Installation;

[TestClass]
public sealed class WindowsInstallTests : IDisposable
{
    private const string ChromeKey = @"HKCU\Software\Google\Chrome\NativeMessagingHosts\org.safebrowse.host";
    private readonly InstallSandbox sandbox = new();

    public WindowsInstallTests() => sandbox.PublishHost("safebrowse-host.exe");

    public void Dispose() => sandbox.Dispose();

    private string AppFolder => sandbox.At("home/kid/AppData/Local/SafeBrowse/app");

    private int Install(InstallLayout layout, InstallScope scope = InstallScope.User) =>
        new HostInstaller(layout, TextWriter.Null, TimeProvider.System).Install(scope, sandbox.Published, inPlace: false);

    private string? DefaultValueOf(string key) =>
        sandbox.Registry.ReadDefault(new RegistryKeyPath(key.StartsWith("HKLM", StringComparison.Ordinal) ? RegistryHive.LocalMachine : RegistryHive.CurrentUser, key[5..]));

    [TestMethod]
    public void Install_ChromeBraveVivaldi_ShareChromesKeyNamingTheManifestBesideTheHost()
    {
        sandbox.AddFolder("home/kid/AppData/Local/Google/Chrome/User Data");
        sandbox.AddFile("home/kid/AppData/Local/BraveSoftware/Brave-Browser/Application/brave.exe");
        sandbox.AddFile("home/kid/AppData/Local/Vivaldi/Application/vivaldi.exe");

        var exit = Install(sandbox.Windows());

        var manifestPath = Path.Combine(AppFolder, "org.safebrowse.host.chromium.json");
        Assert.AreEqual(0, exit);
        Assert.AreEqual(manifestPath, DefaultValueOf(ChromeKey));
        Assert.HasCount(1, sandbox.Registry.Keys);
        var manifest = ManifestReading.Read(manifestPath);
        Assert.AreEqual(Path.Combine(AppFolder, "safebrowse-host.exe"), manifest.GetProperty("path").GetString());
        CollectionAssert.AreEqual(new[] { "chrome-extension://kenkdnfcmdmplmpolpcjmdablipobohb/" }, ManifestReading.Strings(manifest, "allowed_origins"));
    }

    [TestMethod]
    public void Install_EdgeAndFirefox_WriteTheirOwnKeysAndFirefoxManifest()
    {
        sandbox.AddFile("system/Program Files (x86)/Microsoft/Edge/Application/msedge.exe");
        sandbox.AddFolder("home/kid/AppData/Roaming/Mozilla/Firefox");

        Install(sandbox.Windows());

        Assert.AreEqual(Path.Combine(AppFolder, "org.safebrowse.host.chromium.json"), DefaultValueOf(@"HKCU\Software\Microsoft\Edge\NativeMessagingHosts\org.safebrowse.host"));
        var firefoxManifest = DefaultValueOf(@"HKCU\Software\Mozilla\NativeMessagingHosts\org.safebrowse.host");
        Assert.AreEqual(Path.Combine(AppFolder, "org.safebrowse.host.firefox.json"), firefoxManifest);
        CollectionAssert.AreEqual(new[] { "safebrowse@safebrowse.org" }, ManifestReading.Strings(ManifestReading.Read(firefoxManifest!), "allowed_extensions"));
    }

    [TestMethod]
    public void Install_SystemAsAdministrator_WritesHklmAndProgramFiles()
    {
        sandbox.AddFile("system/Program Files/Google/Chrome/Application/chrome.exe");

        Install(sandbox.Windows(administrator: true), InstallScope.System);

        var programFolder = sandbox.At("system/Program Files/SafeBrowse");
        Assert.AreEqual(Path.Combine(programFolder, "org.safebrowse.host.chromium.json"), DefaultValueOf(@"HKLM\Software\Google\Chrome\NativeMessagingHosts\org.safebrowse.host"));
        Assert.IsNull(DefaultValueOf(ChromeKey));
        Assert.IsTrue(File.Exists(Path.Combine(programFolder, "safebrowse-host.exe")));
    }

    [TestMethod]
    public void Uninstall_AfterInstall_RemovesKeysFilesAndFolders()
    {
        sandbox.AddFolder("home/kid/AppData/Local/Microsoft/Edge/User Data");
        sandbox.AddFolder("home/kid/AppData/Roaming/Mozilla/Firefox");
        var before = sandbox.Snapshot();
        Install(sandbox.Windows());

        var exit = new HostUninstaller(sandbox.Windows(), TextWriter.Null).Uninstall(InstallScope.User, purge: false);

        Assert.AreEqual(0, exit);
        Assert.IsEmpty(sandbox.Registry.Keys);
        CollectionAssert.AreEqual(before.ToList(), sandbox.Snapshot().ToList());
    }

    [TestMethod]
    public async Task Doctor_AfterInstall_IsReadyThroughTheRegistry()
    {
        sandbox.AddFolder("home/kid/AppData/Local/Google/Chrome/User Data");
        Install(sandbox.Windows());
        var probe = new FakeHostProbe();

        var diagnoses = await new HostDoctor(sandbox.Windows(), probe).DiagnoseAsync();

        Assert.IsTrue(diagnoses.Single(diagnosis => diagnosis.Browser == "Google Chrome").IsReady);
        Assert.AreEqual(Path.Combine(AppFolder, "safebrowse-host.exe"), probe.Started.Single().HostPath);
    }

    [TestMethod]
    public async Task Doctor_KeyNamesMissingManifest_ReportsIt()
    {
        sandbox.AddFolder("home/kid/AppData/Local/Google/Chrome/User Data");
        Install(sandbox.Windows());
        File.Delete(Path.Combine(AppFolder, "org.safebrowse.host.chromium.json"));

        var diagnoses = await new HostDoctor(sandbox.Windows(), new FakeHostProbe()).DiagnoseAsync();

        var problem = diagnoses.Single(diagnosis => diagnosis.Browser == "Google Chrome").Problems.Single();
        Assert.Contains("missing or cannot be read", problem.Problem);
        Assert.Contains("repair", problem.Fix);
    }

    [TestMethod]
    public async Task Doctor_EdgePolicyIgnoresUserHosts_SuggestsAdministratorInstall()
    {
        sandbox.AddFolder("home/kid/AppData/Local/Microsoft/Edge/User Data");
        Install(sandbox.Windows());
        sandbox.Registry.Set(new RegistryKeyPath(RegistryHive.LocalMachine, @"SOFTWARE\Policies\Microsoft\Edge"), "NativeMessagingUserLevelHosts", 0);
        sandbox.Registry.Set(new RegistryKeyPath(RegistryHive.LocalMachine, @"SOFTWARE\Policies\Microsoft\Edge\NativeMessagingBlocklist"), "1", "*");

        var diagnoses = await new HostDoctor(sandbox.Windows(), new FakeHostProbe()).DiagnoseAsync();

        var fixes = diagnoses.Single(diagnosis => diagnosis.Browser == "Microsoft Edge").Problems.Select(problem => problem.Fix).ToList();
        Assert.HasCount(2, fixes);
        Assert.IsTrue(fixes.Any(fix => fix.Contains("install.ps1 -System", StringComparison.Ordinal)));
        Assert.IsTrue(fixes.Any(fix => fix.Contains("NativeMessagingAllowlist", StringComparison.Ordinal)));
    }
}
