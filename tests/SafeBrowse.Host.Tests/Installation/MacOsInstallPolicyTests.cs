using System.Xml.Linq;
using SafeBrowse.Host.Installation;

namespace SafeBrowse.Host.Tests.Installation;

[TestClass]
public sealed class MacOsInstallPolicyTests : IDisposable
{
    private const string ChromePreferences = "system/Library/Managed Preferences/com.google.Chrome.plist";
    private readonly InstallSandbox sandbox = new();

    public MacOsInstallPolicyTests()
    {
        sandbox.PublishHost("safebrowse-host");
        sandbox.AddFolder("system/Applications/Google Chrome.app");
    }

    public void Dispose() => sandbox.Dispose();

    private InstallLayout Administrator => sandbox.MacOs(administrator: true);

    private void Install() =>
        new HostInstaller(Administrator, TextWriter.Null, TimeProvider.System).Install(InstallScope.System, sandbox.Published, inPlace: false);

    private void Uninstall() => new HostUninstaller(Administrator, TextWriter.Null).Uninstall(InstallScope.System, purge: false);

    private List<string> Keys() => [.. XDocument.Load(sandbox.At(ChromePreferences)).Root!.Element("dict")!.Elements("key").Select(key => key.Value)];

    private List<string> Forcelist() =>
    [
        .. XDocument.Load(sandbox.At(ChromePreferences)).Root!.Element("dict")!.Elements("key")
            .Single(key => key.Value == "ExtensionInstallForcelist").ElementsAfterSelf().First().Elements("string").Select(item => item.Value),
    ];

    [TestMethod]
    public void Install_EveryAccountWithAnAdministratorsPlist_AddsTheForcelistAndUninstallLeavesOnlyWhatWasThere()
    {
        sandbox.AddFile(ChromePreferences, """
            <?xml version="1.0" encoding="UTF-8"?>
            <plist version="1.0"><dict><key>HomepageLocation</key><string>https://example.org</string></dict></plist>
            """);

        Install();
        var forcelist = Forcelist();
        Uninstall();

        CollectionAssert.AreEqual(new[] { ExtensionStores.ChromeWebStore.ForcelistEntry }, forcelist);
        CollectionAssert.AreEqual(new[] { "HomepageLocation" }, Keys());
    }

    [TestMethod]
    public void Install_NoManagedPreferencesYet_WritesAnXmlPlistWithAppleDoctype()
    {
        Install();

        var text = File.ReadAllText(sandbox.At(ChromePreferences));
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">", text);
        Assert.Contains("<plist version=\"1.0\">", text);
        CollectionAssert.AreEqual(new[] { "ExtensionInstallForcelist" }, Keys());
    }

    [TestMethod]
    public void Uninstall_PlistInstallCreated_DeletesIt()
    {
        Install();
        var written = File.Exists(sandbox.At(ChromePreferences));

        Uninstall();

        Assert.IsTrue(written);
        Assert.IsFalse(File.Exists(sandbox.At(ChromePreferences)));
    }

    [TestMethod]
    public async Task Doctor_EveryAccountInstall_ReadsTheForcelistFromTheManagedPreferences()
    {
        Install();
        var output = new StringWriter();

        HostDoctor.Report(await new HostDoctor(Administrator, new FakeHostProbe()).DiagnoseAsync(), output);

        Assert.Contains("Google Chrome installs the SafeBrowse extension by policy and keeps it on", output.ToString());
    }
}
