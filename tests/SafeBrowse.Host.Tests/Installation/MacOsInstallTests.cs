using SafeBrowse.Host.Installation;

namespace SafeBrowse.Host.Tests.Installation;

[TestClass]
public sealed class MacOsInstallTests : IDisposable
{
    private readonly InstallSandbox sandbox = new();

    public MacOsInstallTests() => sandbox.PublishHost("safebrowse-host");

    public void Dispose() => sandbox.Dispose();

    private int Install(InstallLayout layout, InstallScope scope = InstallScope.User) =>
        new HostInstaller(layout, TextWriter.Null, TimeProvider.System).Install(scope, sandbox.Published, inPlace: false);

    [TestMethod]
    public void Install_ChromeProfileAndBraveApp_WritesApplicationSupportFolders()
    {
        sandbox.AddFolder("home/kid/Library/Application Support/Google/Chrome");
        sandbox.AddFolder("system/Applications/Brave Browser.app");
        sandbox.AddFolder("home/kid/Library/Application Support/Firefox");

        var exit = Install(sandbox.MacOs());

        Assert.AreEqual(0, exit);
        var chrome = ManifestReading.Read(sandbox.At("home/kid/Library/Application Support/Google/Chrome/NativeMessagingHosts/org.safebrowse.host.json"));
        Assert.AreEqual(sandbox.At("home/kid/Library/Application Support/SafeBrowse/app/safebrowse-host"), chrome.GetProperty("path").GetString());
        Assert.IsTrue(File.Exists(sandbox.At("home/kid/Library/Application Support/BraveSoftware/Brave-Browser/NativeMessagingHosts/org.safebrowse.host.json")));
        var firefox = ManifestReading.Read(sandbox.At("home/kid/Library/Application Support/Mozilla/NativeMessagingHosts/org.safebrowse.host.json"));
        CollectionAssert.AreEqual(new[] { "safebrowse@safebrowse.org" }, ManifestReading.Strings(firefox, "allowed_extensions"));
    }

    [TestMethod]
    public void Install_SystemAsAdministrator_WritesLibraryFolders()
    {
        sandbox.AddFolder("system/Applications/Google Chrome.app");
        sandbox.AddFolder("system/Applications/Microsoft Edge.app");

        Install(sandbox.MacOs(administrator: true), InstallScope.System);

        var chrome = ManifestReading.Read(sandbox.At("system/Library/Google/Chrome/NativeMessagingHosts/org.safebrowse.host.json"));
        Assert.AreEqual(sandbox.At("system/Library/Application Support/SafeBrowse/app/safebrowse-host"), chrome.GetProperty("path").GetString());
        Assert.IsTrue(File.Exists(sandbox.At("system/Library/Microsoft/Edge/NativeMessagingHosts/org.safebrowse.host.json")));
    }

    [TestMethod]
    public void Uninstall_AfterInstall_LeavesTheComputerAsBefore()
    {
        sandbox.AddFolder("home/kid/Library/Application Support/Google/Chrome");
        sandbox.AddFolder("system/Applications/Vivaldi.app");
        var before = sandbox.Snapshot();
        Install(sandbox.MacOs());

        new HostUninstaller(sandbox.MacOs(), TextWriter.Null).Uninstall(InstallScope.User, purge: false);

        CollectionAssert.AreEqual(before.ToList(), sandbox.Snapshot().ToList());
    }

    [TestMethod]
    public async Task Doctor_XmlPlistBlocksHosts_ReportsTheBlocklist()
    {
        sandbox.AddFolder("home/kid/Library/Application Support/Google/Chrome");
        Install(sandbox.MacOs());
        sandbox.AddFile("system/Library/Managed Preferences/kid/com.google.Chrome.plist", """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
            <plist version="1.0"><dict>
              <key>NativeMessagingBlocklist</key><array><string>*</string></array>
              <key>NativeMessagingUserLevelHosts</key><false/>
            </dict></plist>
            """);

        var diagnoses = await new HostDoctor(sandbox.MacOs(), new FakeHostProbe()).DiagnoseAsync();

        var problems = diagnoses.Single(diagnosis => diagnosis.Browser == "Google Chrome").Problems.Select(problem => problem.Problem).ToList();
        Assert.HasCount(2, problems);
        Assert.IsTrue(problems.Any(problem => problem.Contains("NativeMessagingBlocklist", StringComparison.Ordinal)));
        Assert.IsTrue(problems.Any(problem => problem.Contains("NativeMessagingUserLevelHosts", StringComparison.Ordinal)));
    }

    [TestMethod]
    public async Task Doctor_BinaryPlist_NotesItCouldNotReadItAndStaysReady()
    {
        sandbox.AddFolder("home/kid/Library/Application Support/Microsoft Edge");
        Install(sandbox.MacOs());
        sandbox.AddFile("system/Library/Managed Preferences/com.microsoft.Edge.plist", "bplist00\u0001binary");

        var diagnoses = await new HostDoctor(sandbox.MacOs(), new FakeHostProbe()).DiagnoseAsync();

        var edge = diagnoses.Single(diagnosis => diagnosis.Browser == "Microsoft Edge");
        Assert.IsTrue(edge.IsReady);
        Assert.Contains("defaults read", edge.Notes.Single());
    }
}
