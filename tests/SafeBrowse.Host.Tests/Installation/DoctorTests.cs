using System.Runtime.Versioning;
using SafeBrowse.Host.Installation;

namespace SafeBrowse.Host.Tests.Installation;

[TestClass]
[UnsupportedOSPlatform("windows")]
public sealed class DoctorTests : IDisposable
{
    private readonly InstallSandbox sandbox = new();

    public DoctorTests() => sandbox.PublishHost("safebrowse-host");

    public void Dispose() => sandbox.Dispose();

    private void Install(InstallLayout layout, InstallScope scope = InstallScope.User) =>
        new HostInstaller(layout, TextWriter.Null, TimeProvider.System).Install(scope, sandbox.Published, inPlace: false);

    private static async Task<(int Exit, string Output, IReadOnlyList<BrowserDiagnosis> Diagnoses)> DiagnoseAsync(InstallLayout layout, IHostProbe? probe = null)
    {
        var diagnoses = await new HostDoctor(layout, probe ?? new FakeHostProbe()).DiagnoseAsync();
        var output = new StringWriter();
        var exit = HostDoctor.Report(diagnoses, output);
        return (exit, output.ToString(), diagnoses);
    }

    [TestMethod]
    public async Task Doctor_AfterInstall_ReportsEveryBrowserReadyAndStartsTheHostTheBrowserWould()
    {
        sandbox.AddFolder("home/kid/.config/chromium");
        sandbox.AddProgramOnPath("firefox");
        Install(sandbox.Linux());
        var probe = new FakeHostProbe();

        var (exit, output, diagnoses) = await DiagnoseAsync(sandbox.Linux(), probe);

        Assert.AreEqual(0, exit, output);
        CollectionAssert.AreEquivalent(new[] { "Chromium", "Firefox" }, diagnoses.Select(diagnosis => diagnosis.Browser).ToList());
        Assert.Contains("Chromium: ready", output);
        Assert.Contains("answered hello in 42 ms", output);
        var firefoxStart = probe.Started.Single(started => started.Family == BrowserFamily.Firefox);
        Assert.AreEqual(sandbox.At("home/kid/.mozilla/native-messaging-hosts/org.safebrowse.host.json"), firefoxStart.ManifestPath);
        Assert.AreEqual(sandbox.At("home/kid/.local/share/safebrowse/app/safebrowse-host"), firefoxStart.HostPath);
    }

    [TestMethod]
    public async Task Doctor_BrowserFoundButNotRegistered_SaysNotFoundAndHowToInstall()
    {
        sandbox.AddFolder("home/kid/.config/google-chrome");

        var (exit, output, _) = await DiagnoseAsync(sandbox.Linux());

        Assert.AreEqual(1, exit);
        Assert.Contains("Google Chrome: NOT READY", output);
        Assert.Contains("Specified native messaging host not found", output);
        Assert.Contains("Fix: Run the installer", output);
    }

    [TestMethod]
    public async Task Doctor_HostDeletedAfterInstall_SaysItMovedAndStartsNothing()
    {
        sandbox.AddFolder("home/kid/.config/chromium");
        Install(sandbox.Linux());
        File.Delete(sandbox.At("home/kid/.local/share/safebrowse/app/safebrowse-host"));
        var probe = new FakeHostProbe();

        var (exit, output, _) = await DiagnoseAsync(sandbox.Linux(), probe);

        Assert.AreEqual(1, exit);
        Assert.Contains("does not exist: it was moved or deleted", output);
        Assert.IsEmpty(probe.Started);
    }

    [TestMethod]
    public async Task Doctor_HostNotExecutable_SaysChmod()
    {
        sandbox.AddFolder("home/kid/.config/chromium");
        Install(sandbox.Linux());
        File.SetUnixFileMode(sandbox.At("home/kid/.local/share/safebrowse/app/safebrowse-host"), UnixFileMode.UserRead | UnixFileMode.UserWrite);

        var (exit, output, _) = await DiagnoseAsync(sandbox.Linux());

        Assert.AreEqual(1, exit);
        Assert.Contains("is not marked as executable", output);
        Assert.Contains("chmod 755", output);
    }

    [TestMethod]
    public async Task Doctor_ManifestWithOtherOriginAndBadJson_ReportsEach()
    {
        sandbox.AddFolder("home/kid/.config/chromium");
        sandbox.AddFolder("home/kid/.config/vivaldi");
        Install(sandbox.Linux());
        File.WriteAllText(
            sandbox.At("home/kid/.config/chromium/NativeMessagingHosts/org.safebrowse.host.json"),
            $$"""{"name":"org.safebrowse.host","type":"stdio","path":"{{sandbox.At("home/kid/.local/share/safebrowse/app/safebrowse-host")}}","allowed_origins":["chrome-extension://*/"]}""");
        File.WriteAllText(sandbox.At("home/kid/.config/vivaldi/NativeMessagingHosts/org.safebrowse.host.json"), "{\"name\": ");

        var (_, output, diagnoses) = await DiagnoseAsync(sandbox.Linux());

        var chromium = diagnoses.Single(diagnosis => diagnosis.Browser == "Chromium");
        Assert.HasCount(2, chromium.Problems);
        Assert.Contains("access is forbidden", output);
        Assert.Contains("wildcard", output);
        Assert.Contains("is not valid JSON", output);
    }

    [TestMethod]
    public async Task Doctor_HostDoesNotAnswer_ReportsWhy()
    {
        sandbox.AddFolder("home/kid/.config/chromium");
        Install(sandbox.Linux());

        var (exit, output, _) = await DiagnoseAsync(sandbox.Linux(), new FakeHostProbe("it did not answer within 1 s"));

        Assert.AreEqual(1, exit);
        Assert.Contains("did not answer: it did not answer within 1 s", output);
    }

    [TestMethod]
    public async Task Doctor_BlocklistPolicyInChromeFolder_SaysWhoMustAllowIt()
    {
        sandbox.AddFolder("home/kid/.config/google-chrome");
        Install(sandbox.Linux());
        sandbox.AddFile("system/etc/opt/chrome/policies/managed/family.json", """{"NativeMessagingBlocklist": ["*"]}""");

        var (exit, output, _) = await DiagnoseAsync(sandbox.Linux());

        Assert.AreEqual(1, exit);
        Assert.Contains("NativeMessagingBlocklist", output);
        Assert.Contains("NativeMessagingAllowlist", output);
    }

    [TestMethod]
    public async Task Doctor_BlocklistButAllowlisted_IsReady()
    {
        sandbox.AddFolder("home/kid/.config/google-chrome");
        Install(sandbox.Linux());
        sandbox.AddFile("system/etc/opt/chrome/policies/managed/family.json", """{"NativeMessagingBlocklist": ["*"], "NativeMessagingAllowlist": ["org.safebrowse.host"]}""");

        var (exit, output, _) = await DiagnoseAsync(sandbox.Linux());

        Assert.AreEqual(0, exit, output);
    }

    [TestMethod]
    public async Task Doctor_UserLevelHostsOffWithPerUserInstall_SuggestsSystemInstall()
    {
        sandbox.AddFolder("home/kid/.config/chromium");
        Install(sandbox.Linux());
        sandbox.AddFile("system/etc/chromium/policies/managed/school.json", """{"NativeMessagingUserLevelHosts": false}""");

        var (exit, output, _) = await DiagnoseAsync(sandbox.Linux());

        Assert.AreEqual(1, exit);
        Assert.Contains("NativeMessagingUserLevelHosts", output);
        Assert.Contains("sudo installer/install.sh --system", output);
    }

    [TestMethod]
    public async Task Doctor_UserLevelHostsOffWithSystemInstall_IsReady()
    {
        sandbox.AddFile("system/usr/bin/chromium");
        Install(sandbox.Linux(administrator: true), InstallScope.System);
        sandbox.AddFile("system/etc/chromium/policies/managed/school.json", """{"NativeMessagingUserLevelHosts": false}""");

        var (exit, output, _) = await DiagnoseAsync(sandbox.Linux());

        Assert.AreEqual(0, exit, output);
        Assert.Contains("Registered for every account", output);
    }

    [TestMethod]
    public async Task Doctor_SnapChromiumOnly_ExplainsTheSandbox()
    {
        sandbox.AddFile("system/snap/bin/chromium");

        var (exit, output, _) = await DiagnoseAsync(sandbox.Linux());

        Assert.AreEqual(1, exit);
        Assert.Contains("installed as a Snap", output);
        Assert.Contains(".deb", output);
    }

    [TestMethod]
    public async Task Doctor_SnapFirefox_GivesThePortalPermissionStep()
    {
        sandbox.AddFile("system/snap/bin/firefox");

        var (_, output, _) = await DiagnoseAsync(sandbox.Linux());

        Assert.Contains("flatpak permission-set webextensions org.safebrowse.host snap.firefox yes", output);
    }

    [TestMethod]
    public async Task Doctor_FlatpakBraveBesideDebBrave_NotesItWithoutFailing()
    {
        sandbox.AddFolder("home/kid/.config/BraveSoftware/Brave-Browser");
        sandbox.AddFolder("home/kid/.local/share/flatpak/app/com.brave.Browser");
        Install(sandbox.Linux());

        var (exit, output, _) = await DiagnoseAsync(sandbox.Linux());

        Assert.AreEqual(0, exit, output);
        Assert.Contains("Note: Brave is installed with Flatpak", output);
    }

    [TestMethod]
    public async Task Doctor_NoBrowserAtAll_ExitsNonZero()
    {
        var (exit, output, _) = await DiagnoseAsync(sandbox.Linux());

        Assert.AreEqual(1, exit);
        Assert.Contains("No supported browser was found", output);
    }
}
